package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A tracked deadline was met; {@code late} when after its due date. */
public record DeadlineMet(
        UUID deadlineId,
        UUID childId,
        String kind,
        String subjectId,
        Instant metAt,
        boolean late) {
}
