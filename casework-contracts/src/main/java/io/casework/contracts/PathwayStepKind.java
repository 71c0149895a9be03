package io.casework.contracts;

/**
 * The kinds of step on a child's case pathway (004 "Case Pathway"). Every step, whatever its kind, is a row of the
 * one step table with its own detail: the shared facts (child, dates, state, outcome, what it opened, the step it is
 * part of) are kept once, and a kind adds only what is its own, as the pathway details schema
 * ({@code schemas/pathway-step-details.v1.json}, checked by {@link PathwayDetails}) defines it.
 *
 * <p>Every kind is a resource of case-notes-service. Events carry it as text, restricted by the schemas to these
 * names, so that deadlines-service and visits-service read the same kinds that case-notes-service records, and an
 * outcome records what it opens as data ("opens: CHILD_IN_NEED_PLAN").
 */
public enum PathwayStepKind {
    /**
     * A contact received at the front door (CART): who got in touch, when, about what (001 "Recording Timescales
     * Table").
     */
    CONTACT,
    /** A referral to children's social care, with the front door's decision on it. */
    REFERRAL,
    /** A Child and Family Assessment (004 "Completing a C&F Assessment"). */
    CF_ASSESSMENT,
    /**
     * A strategy discussion, held within 24 hours of the referral or incident with CSC, police and health (004
     * "Strategy Discussions").
     */
    STRATEGY_DISCUSSION,
    /** A section 47 enquiry and its outcome (004 "Recording Outcomes from S47 Enquiries"). */
    S47_ENQUIRY,
    /** An initial child protection conference (003 Appendix A "Child Protection"). */
    INITIAL_CHILD_PROTECTION_CONFERENCE,
    /** A child protection plan, from the conference that made it to the review that ended it (003 Appendix A). */
    CHILD_PROTECTION_PLAN,
    /** A review child protection conference (003 Appendix A "Child Protection"; 004 "Completing a Review Meeting"). */
    REVIEW_CHILD_PROTECTION_CONFERENCE,
    /** A core group meeting of a child protection plan (003 Appendix A "Core Group – Update Childs Plan"). */
    CORE_GROUP_MEETING,
    /** A child in need plan (001 "Recording Timescales Table": CIN Meeting, Child in Need Plan). */
    CHILD_IN_NEED_PLAN,
    /** A child in need meeting reviewing the plan (001 "Recording Timescales Table"). */
    CHILD_IN_NEED_MEETING,
    /**
     * A period in which the child is looked after, under one legal status (003 Appendix A "Children in Care / Care
     * Leavers").
     */
    LOOKED_AFTER_EPISODE,
    /** A placement of a looked-after child, of one placement type (003 Appendix A). */
    PLACEMENT,
    /** A placement planning meeting (003 Appendix A "Placement Planning Meeting"). */
    PLACEMENT_PLANNING_MEETING,
    /**
     * A looked-after child's review meeting chaired by the IRO (003 Appendix A "Looked After Child Review Meeting").
     */
    LOOKED_AFTER_REVIEW,
    /** A looked-after child's care plan (003 Appendix A "Looked After Child Plan"). */
    CARE_PLAN,
    /** A personal education plan (001 "Recording Timescales Table": PEPs; 003 Appendix A "PEP"). */
    PERSONAL_EDUCATION_PLAN,
    /**
     * A looked-after child's initial or review health assessment (001 "Recording Timescales Table": Health
     * Assessments).
     */
    HEALTH_ASSESSMENT,
    /** The plan for adoption, made at a looked-after review (002 s.4). */
    ADOPTION_PLAN,
    /** A placement order authorising placement for adoption (002 s.4). */
    PLACEMENT_ORDER,
    /**
     * The matching of the child with prospective adopters (001 "Restricted Records"; 003 Appendix A "Permanence
     * Matching Report").
     */
    ADOPTION_MATCHING,
    /** The child placed with the prospective adopters (002 s.4; 001 "Restricted Records"). */
    PLACEMENT_WITH_ADOPTERS,
    /** The adoption order that ends the looked-after episode (002 s.4). */
    ADOPTION_ORDER,
    /** A care leaver's eligibility for leaving care support (004 "Care Leavers"). */
    LEAVING_CARE_ELIGIBILITY,
    /** A pathway assessment (001 "Recording Timescales Table": Pathway Assessment). */
    PATHWAY_ASSESSMENT,
    /** A care leaver's pathway plan (003 Appendix A "Pathway Plan"; 004 "Guidance to PATHWAY PLANS FOR CLA in LCS"). */
    PATHWAY_PLAN,
    /** A review of the pathway plan, at least every 6 months (003 Appendix A "Pathway Plan Reviewed and Updated"). */
    PATHWAY_PLAN_REVIEW,
    /**
     * A private fostering arrangement notified to the authority (001 "Recording Timescales Table": Private Fostering).
     */
    PRIVATE_FOSTERING_ARRANGEMENT,
    /** A legal planning meeting (003 Appendix A "Legal Planning Meeting"). */
    LEGAL_PLANNING_MEETING,
    /**
     * Pre-proceedings under the Public Law Outline, from the letter sent to parents (003 Appendix A "Pre -
     * Proceedings").
     */
    PRE_PROCEEDINGS,
    /** Care proceedings, from the letter of intent to issue (003 Appendix A "Care Proceedings"). */
    CARE_PROCEEDINGS,
    /** A court order received from the court (003 Appendix A "Court Orders Uploaded in LCS"). */
    COURT_ORDER,
    /** An early help episode (003 Appendix A "Early Help Timescales"). */
    EARLY_HELP_EPISODE,
    /** An early help assessment (003 Appendix A "Early Help Assessment & assessment tools"). */
    EARLY_HELP_ASSESSMENT,
    /** An early help family support meeting (003 Appendix A "Family Support Meetings"). */
    FAMILY_SUPPORT_MEETING,
    /** A case supervision session, formal or informal (002 s.5; 003 Appendix A "Supervision"). */
    SUPERVISION_SESSION
}
