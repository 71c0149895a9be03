package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** An independent reviewing officer was assigned to review a child's plan; {@code iro} null ends the assignment. */
public record IroAssigned(
        UUID childId,
        String iro,
        String assignedBy,
        Instant assignedAt) {
}
