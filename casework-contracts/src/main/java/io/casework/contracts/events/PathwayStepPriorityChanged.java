package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A practice manager reset a Child and Family Assessment's priority to 10, 30 or 45 working days, with reasons (004
 * "Setting A Due Date (Priority) for New C&F"; DOMAIN rule 20): the new due date replaces the old one.
 */
public record PathwayStepPriorityChanged(
        UUID stepId,
        UUID childId,
        String kind,
        String team,
        LocalDate startDate,
        int priorityWorkingDays,
        LocalDate dueDate,
        LocalDate previousDueDate,
        String reasons,
        String changedBy,
        Instant changedAt) {
}
