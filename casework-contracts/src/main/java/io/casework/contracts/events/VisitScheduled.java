package io.casework.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/** The next statutory visit for a child is due by {@code dueDate}. */
public record VisitScheduled(
        UUID visitId,
        UUID childId,
        String team,
        String allocatedWorker,
        String planType,
        LocalDate dueDate,
        int frequencyWorkingDays) {
}
