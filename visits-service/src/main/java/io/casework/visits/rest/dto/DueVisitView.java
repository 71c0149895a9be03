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
        int workingDaysLeft,
        boolean detailsWithheld) {

    /**
     * A visit of a child the caller may open only with a stated purpose (ACCESS-RULES "Lists"): the date that is
     * due, without the child's name, worker or plan, until the child is opened with a purpose.
     */
    public DueVisitView withheld() {
        return new DueVisitView(visitId, childId, null, null, null, dueDate, overdue, workingDaysLeft, true);
    }
}
