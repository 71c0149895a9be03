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

    /** The kind that oversees a note of this type: a statutory visit's own (004), the general one otherwise. */
    public static NoteOversight forNoteType(NoteType noteType) {
        return noteType.needsOversight() ? STATUTORY_VISIT_OVERSIGHT : CASE_NOTE_OVERSIGHT;
    }

    /** Whether a decision of this kind is a note's oversight. */
    public static boolean covers(String kind) {
        return Arrays.stream(values()).anyMatch(k -> k.name().equals(kind));
    }
}
