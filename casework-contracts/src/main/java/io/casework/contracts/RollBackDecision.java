package io.casework.contracts;

import java.util.Arrays;

/**
 * The decision kind by which the head of service of a child's service area decides a request to roll the child's
 * record back to an earlier point (000 "Practice Guidance on EHM and LCS Roll-Backs": "these can now only be
 * authorised by a Head of Service or higher"). case-notes-service asks for it once the line manager has commented,
 * approvals-service routes it and records the decision, and case-notes-service applies an approval to the record.
 */
public enum RollBackDecision {
    ROLL_BACK;

    /** Whether a decision of this kind is a roll-back's. */
    public static boolean covers(String kind) {
        return Arrays.stream(values()).anyMatch(k -> k.name().equals(kind));
    }
}
