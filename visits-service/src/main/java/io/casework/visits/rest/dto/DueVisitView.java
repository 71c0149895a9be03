package io.casework.visits.rest.dto;

import io.casework.contracts.PlanType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A statutory visit on a team's worktray.
 *
 * @param workingDaysLeft working days from today to the due date; 0 on the day, negative once overdue
 */
public record DueVisitView(
        UUID visitId,
        UUID childId,
        String displayName,
        String allocatedWorker,
        PlanType planType,
        LocalDate dueDate,
        boolean overdue,
        int workingDaysLeft) {
}
