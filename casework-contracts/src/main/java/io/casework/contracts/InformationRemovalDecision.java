package io.casework.contracts;

import java.util.Arrays;

/**
 * The decision kind by which a manager decides whether factually inaccurate personal information is removed from a
 * finalised note (002 s.5; DOMAIN.md rule 20). case-notes-service asks for it, approvals-service routes it and records
 * the decision, and case-notes-service applies an approval to the note.
 */
public enum InformationRemovalDecision {
    REMOVE_INACCURATE_INFORMATION;

    /** Whether a decision of this kind is a removal's. */
    public static boolean covers(String kind) {
        return Arrays.stream(values()).anyMatch(k -> k.name().equals(kind));
    }
}
