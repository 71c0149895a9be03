package io.casework.contracts;

import java.util.List;

/**
 * Every kind of entry on a child's record, as the seeds name them. case-notes-service writes them; the events carry
 * the name, restricted by the schemas to these values, and every other service reads it into this one enum, so a
 * note type is defined once for the whole suite.
 *
 * <p>Each type names the recording timescales that judge whether it was written late, most specific first, by the
 * rule ids that the timescales library keeps the same across authorities: an authority without a rule for visits
 * still has its case-note rule (002 s.5 marks late entries), and one with no rule at all for a type marks none late
 * rather than guessing.
 */
public enum NoteType {

    /** Any other event on the child's record (001 "Case Notes"). */
    CASE_NOTE(Section.NONE, false, "case-note-recording"),
    /** A contact with the child, family or carers: a call, a meeting, a message (003 "Case note contacts on LCS"). */
    CONTACT(Section.CONTACT, false, "contact-case-note-recording", "case-note-recording"),
    /** A contact with another professional (003 s.6c keeps their dates out of a court chronology). */
    PROFESSIONAL_CONTACT(Section.CONTACT, false, "contact-case-note-recording", "case-note-recording"),
    /**
     * A statutory visit, for a child protection plan, a child looked after, a child in need or a private fostering
     * arrangement (003 s.5b headings). Only a visit where the child was seen counts (003 s.5b, 004); it waits for the
     * practice manager's oversight (004).
     */
    STATUTORY_VISIT(Section.VISIT, false, "statutory-visit-recording", "visit-recording", "case-note-recording"),
    /** Any other visit, including a failed one or one where the child was not seen (004: "a visit (not stat visit)"). */
    VISIT(Section.VISIT, false, "visit-recording", "case-note-recording"),
    /** A visit where nobody answered (003 s.5b: "recorded as Home Visit No Access and a further visit arranged"). */
    HOME_VISIT_NO_ACCESS(Section.VISIT, false, "visit-recording", "case-note-recording"),
    /** A keep-in-touch contact with a care leaver: in touch, main activity, accommodation (004 "Recording KIT"). */
    CARE_LEAVER_KIT(Section.KEEP_IN_TOUCH, false, "visit-recording", "case-note-recording"),
    /** Direct work with the child, on its own template rather than a visit note (004 "Direct work"). */
    DIRECT_WORK(Section.NONE, false, "case-note-recording"),
    /** The short current overview of the case (004, 003 s.5, 002). */
    CASE_SUMMARY(Section.NONE, false),
    /** A manager's decision on the case, recorded on the child's record (001, 003 s.5i). */
    MANAGEMENT_DECISION(Section.NONE, true, "management-decision-recording", "case-note-recording"),
    /** A manager's oversight of the case or of a piece of work (001, 002 s.5, 004). */
    MANAGEMENT_OVERSIGHT(Section.NONE, true, "management-decision-recording", "case-note-recording"),
    /**
     * A line manager's audit of the case file, with the actions that address its shortcomings: 002 s.5 names the
     * manager's decision note "labelled Management Oversight or Audit"; 001 and 003 s.4 ask line managers to audit
     * files routinely.
     */
    AUDIT(Section.NONE, true, "management-decision-recording", "case-note-recording"),
    /** Formal or informal supervision; the supervisor finalises it (002 "Supervision", 003 s.5i). */
    SUPERVISION(Section.NONE, true, "supervision-recording", "case-note-recording"),
    /** Information shared with or received from another agency, with its basis (001, 002 s.6, 003 s.4). */
    INFORMATION_SHARING(Section.INFORMATION_SHARING, false, "case-note-recording"),
    /** A significant event in the child's life, for the chronology (002 s.6, 003 s.6b). */
    SIGNIFICANT_EVENT(Section.NONE, false, "early-help-significant-event-recording", "case-note-recording"),
    /** The summary written when the case closes (002 s.12). */
    CLOSING_SUMMARY(Section.NONE, false, "case-note-recording"),
    /** A team manager's correction of a finalised entry, naming it and the reason (001 "Case Record Integrity"). */
    AMENDMENT(Section.CORRECTION, true),
    /** A child's or parent's disagreement with an entry, in their words (002 s.5, 003 s.5d). */
    DISPUTE(Section.CORRECTION, false);

    /** The structured part a note of a type carries beside its narrative. */
    public enum Section {
        NONE,
        /** The visit record of DOMAIN.md rule 13 (001 "Recording Visits", 003 s.5b). */
        VISIT,
        /** How the contact was made and with whom. */
        CONTACT,
        /** In touch, main activity and accommodation of a care leaver (004). */
        KEEP_IN_TOUCH,
        /** What was shared, when, with whom, why and on what basis (001, 002 s.6). */
        INFORMATION_SHARING,
        /** The entry corrected or disputed, and the reason. */
        CORRECTION
    }

    private final Section section;
    private final boolean managementEntry;
    private final List<String> recordingRules;

    NoteType(Section section, boolean managementEntry, String... recordingRules) {
        this.section = section;
        this.managementEntry = managementEntry;
        this.recordingRules = List.of(recordingRules);
    }

    public Section section() {
        return section;
    }

    /** A manager's entry, shown as such in every listing (001: "highlighted in green"). */
    public boolean managementEntry() {
        return managementEntry;
    }

    /** The recording timescales' rule ids, most specific first; empty when no timescale applies. */
    public List<String> recordingRules() {
        return recordingRules;
    }

    /** Whether a note of this type records a visit (a failed one included). */
    public boolean visit() {
        return section == Section.VISIT;
    }

    /** A statutory visit note waits for the practice manager's oversight before it is final (004). */
    public boolean needsOversight() {
        return this == STATUTORY_VISIT;
    }

    /**
     * A manager's decision, oversight or audit, written by a practice manager or someone above them on the child's
     * management line (001 "Management oversight must be evidenced", 002 s.5, 003 s.5i). Supervision and amendments
     * are management entries too, but written by a supervisor and a team manager respectively.
     */
    public boolean managersDecision() {
        return this == MANAGEMENT_DECISION || this == MANAGEMENT_OVERSIGHT || this == AUDIT;
    }

    /** Recorded only through an operation of its own, which links it to the entry it corrects or disputes. */
    public boolean correction() {
        return section == Section.CORRECTION;
    }
}
