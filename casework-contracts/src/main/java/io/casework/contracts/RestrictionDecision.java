package io.casework.contracts;

import java.util.Arrays;

/**
 * The decision kind by which the head of service of a child's service area decides a request to restrict the child's
 * record, or to lift its restriction (001 "Restricted Records"; DOMAIN.md rule 9). case-notes-service asks for it,
 * approvals-service routes it and records the decision, and case-notes-service applies an approval to the record.
 */
public enum RestrictionDecision {
    RESTRICT_RECORD;

    /** Whether a decision of this kind is a restriction's. */
    public static boolean covers(String kind) {
        return Arrays.stream(values()).anyMatch(k -> k.name().equals(kind));
    }
}
