package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A practice manager reset a Child and Family Assessment's priority to 10, 30 or 45 working days, with reasons (004
 * "Setting A Due Date (Priority) for New C&F"; DOMAIN rule 20), directly or by approving a worker's request (issue
 * 17). deadlines-service counts the new due date from it and announces it as the deadline it opens for the step
 * (casework.deadlines.deadline-opened).
 *
 * @param dueDate           null: the new due date is deadlines-service's to count and announce
 * @param previousDueDate   the due date the step had, as deadlines-service announced it; null when none had arrived
 * @param changedBy         the practice manager who reset it; for an approved request, the manager who approved it
 * @param approvalRequestId the approval request whose decision this applies; null when the manager made the change
 *                          directly
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
        Instant changedAt,
        UUID approvalRequestId) {
}
