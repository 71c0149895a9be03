package io.casework.contracts;

/**
 * The kinds of step on a child's case pathway (004 "Case Pathway"). Every step, whatever its kind, is a row of the
 * one step table with its own detail: the shared facts (child, dates, state, outcome, what it opened) are kept once,
 * and a kind adds only what is its own (a contact's source, a C&F's priority).
 *
 * <p>Events carry it as text, restricted by the schemas to these names, so that deadlines-service and
 * visits-service read the same kinds that case-notes-service records. The kinds after {@link #CF_ASSESSMENT} are named now so that an outcome can record what it opens as data
 * ("opens: CHILD_IN_NEED_PLAN") before the step itself is built: a later part adds each as a resource.
 */
public enum PathwayStepKind {
    /** A contact received at the front door (CART): who got in touch, when, about what. */
    CONTACT,
    /** A referral to children's social care, with the front door's decision on it. */
    REFERRAL,
    /** A Child and Family Assessment (004 "Completing a C&F Assessment"). */
    CF_ASSESSMENT,
    STRATEGY_DISCUSSION,
    S47_ENQUIRY,
    INITIAL_CHILD_PROTECTION_CONFERENCE,
    CHILD_IN_NEED_PLAN,
    CHILD_PROTECTION_PLAN,
    LOOKED_AFTER_EPISODE,
    EARLY_HELP_EPISODE
}
