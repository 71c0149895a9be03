package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A child's case was allocated to a worker, in the same team (re-allocation) or another (transfer). {@code transfer}
 * and {@code reason} were added after the first release: an event published before then has neither (a transfer is
 * then told by {@code team} differing from {@code previousTeam}).
 */
public record ChildAllocated(
        UUID childId,
        String team,
        String allocatedWorker,
        String previousTeam,
        String previousWorker,
        String allocatedBy,
        Instant allocatedAt,
        Boolean transfer,
        String reason) {

    /** An allocation as the first release announced it. */
    public ChildAllocated(UUID childId, String team, String allocatedWorker, String previousTeam,
                          String previousWorker, String allocatedBy, Instant allocatedAt) {
        this(childId, team, allocatedWorker, previousTeam, previousWorker, allocatedBy, allocatedAt, null, null);
    }
}
