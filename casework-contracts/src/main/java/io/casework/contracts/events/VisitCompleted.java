package io.casework.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/** A planned statutory visit was met by a recorded visit; {@code onTime} says whether by its due date. */
public record VisitCompleted(
        UUID visitId,
        UUID childId,
        UUID noteId,
        LocalDate visitDate,
        LocalDate dueDate,
        boolean onTime) {
}
