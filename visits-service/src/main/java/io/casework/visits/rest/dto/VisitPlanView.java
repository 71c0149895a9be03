package io.casework.visits.rest.dto;

import io.casework.contracts.PlanType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How often a child is visited on their current plan.
 *
 * @param frequencyWorkingDays working days from one statutory visit (or the start date) to the next due date
 * @param nextDueDate          the due date of the visit now waiting; null if none is
 */
public record VisitPlanView(
        UUID planId,
        UUID childId,
        String team,
        String allocatedWorker,
        PlanType planType,
        int frequencyWorkingDays,
        LocalDate startDate,
        LocalDate nextDueDate) {
}
