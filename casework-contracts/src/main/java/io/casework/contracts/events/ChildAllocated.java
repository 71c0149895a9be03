package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A child's case was allocated to a worker, in the same team (re-allocation) or another (transfer). */
public record ChildAllocated(
        UUID childId,
        String team,
        String allocatedWorker,
        String previousTeam,
        String previousWorker,
        String allocatedBy,
        Instant allocatedAt) {
}
