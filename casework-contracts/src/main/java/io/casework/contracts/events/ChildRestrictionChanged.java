package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The head of service of the child's service area restricted the child's record or lifted the restriction (001
 * "Restricted Records", DOMAIN.md rule 9): from now on only the people on the restriction's list have any access.
 * {@code restriction} is NONE (lifted), ADOPTION or OTHER; {@code version} is the record's version after the decision,
 * so that a consumer can tell an older decision arriving late from a newer one. The reason stays on the record.
 */
public record ChildRestrictionChanged(
        UUID childId,
        String restriction,
        String previousRestriction,
        long version,
        String decidedBy,
        Instant decidedAt) {
}
