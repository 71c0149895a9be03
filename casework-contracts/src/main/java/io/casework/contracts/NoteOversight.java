package io.casework.contracts;

import java.util.Arrays;

/**
 * The decision kinds by which a manager oversees a case note (004: "Notify your PM so that managerial oversight and
 * comments can be added"): a statutory visit note has its own, any other note the general one. approvals-service
 * routes a submitted note as one of these; case-notes-service applies a decision of these kinds to the note. Other
 * decision kinds (a roll-back, a risk alert) are approvals-service's catalogue, not notes' oversight.
 */
public enum NoteOversight {
    STATUTORY_VISIT_OVERSIGHT,
    CASE_NOTE_OVERSIGHT;

    /** The note type whose oversight has a kind of its own. */
    static final String STATUTORY_VISIT = "STATUTORY_VISIT";

    /** The kind that oversees a note of this type. */
    public static NoteOversight forNoteType(String noteType) {
        return STATUTORY_VISIT.equals(noteType) ? STATUTORY_VISIT_OVERSIGHT : CASE_NOTE_OVERSIGHT;
    }

    /** Whether a decision of this kind is a note's oversight. */
    public static boolean covers(String kind) {
        return Arrays.stream(values()).anyMatch(k -> k.name().equals(kind));
    }
}
