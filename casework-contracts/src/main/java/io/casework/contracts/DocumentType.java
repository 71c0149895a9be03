package io.casework.contracts;

import java.util.Optional;

/**
 * What a document on a child's record is (issue 12 "Documents"): the kinds the recording policies ask to be
 * uploaded, in their words. Events carry the name as text, restricted by the schema to these names.
 *
 * <p>A type the policies give an upload timescale names that timescale's id, as the authorities' rule files
 * (casework-timescales, {@code timescales/*.json}) spell it: the id is data the deadlines service looks up in the
 * authority's own rules, not a timescale written here. Types with no such timescale name none.
 */
public enum DocumentType {
    /** Any letter sent or received that is none of the letters below. */
    LETTER(null),
    /** The signed pre-proceedings (PLO) letter: "uploaded within 1 working day of the letter being sent" (001, 003 Appendix A). */
    PRE_PROCEEDINGS_LETTER("pre-proceedings-letter-upload"),
    /** The signed letter of intent to issue care proceedings (003 Appendix A). */
    LETTER_OF_INTENT("letter-of-intent-upload"),
    /** An order of the court (003 Appendix A: "Court orders uploaded on LCS"). */
    COURT_ORDER("court-orders-upload"),
    /** A signed decision: "where necessary a copy of the signed decision should be uploaded" (001). */
    SIGNED_DECISION(null),
    /** An expert assessment or a statement of a party in proceedings (003 Appendix A). */
    EXPERT_ASSESSMENT("expert-assessments-upload"),
    /** Any other assessment (a parenting assessment, an assessment tool's output). */
    ASSESSMENT(null),
    /** A report (to conference, to court, a permanence or matching report). */
    REPORT(null),
    /** The minutes of a personal education plan (PEP) meeting (003 Appendix A). */
    PEP_MEETING_MINUTES("pep-meeting-minutes"),
    /** The minutes of a pre-proceedings (PLO) meeting (001, 003 Appendix A). */
    PRE_PROCEEDINGS_MEETING_MINUTES("pre-proceedings-meeting-record"),
    /** The minutes of any other meeting. */
    MEETING_MINUTES(null),
    /** A photo of the child for their profile (002 s.6), or another photo that belongs on the record. */
    PHOTO(null),
    OTHER(null);

    private final String uploadTimescale;

    DocumentType(String uploadTimescale) {
        this.uploadTimescale = uploadTimescale;
    }

    /** The id of the upload timescale that adding a document of this type starts, if the policies give one. */
    public Optional<String> uploadTimescale() {
        return Optional.ofNullable(uploadTimescale);
    }
}
