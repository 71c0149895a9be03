package io.casework.approvals.domain;

/**
 * Which catalogue entry a submitted case note asks for. A statutory visit note waits for the practice manager's
 * oversight and comments (004 "Recording Statutory Visits"); any other submitted note asks for management oversight.
 */
public final class OversightKinds {

    public static final String STATUTORY_VISIT_OVERSIGHT = "STATUTORY_VISIT_OVERSIGHT";
    public static final String CASE_NOTE_OVERSIGHT = "CASE_NOTE_OVERSIGHT";
    static final String STATUTORY_VISIT_NOTE = "STATUTORY_VISIT";

    private OversightKinds() {
    }

    public static String forNoteType(String noteType) {
        return STATUTORY_VISIT_NOTE.equals(noteType) ? STATUTORY_VISIT_OVERSIGHT : CASE_NOTE_OVERSIGHT;
    }
}
