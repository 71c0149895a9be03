package io.casework.visits.rest.dto;

import io.casework.contracts.PlanType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's statutory visits, planned and completed, by due date, and every visit recorded on their case notes.
 *
 * @param asOf the day "overdue" was worked out for
 */
public record ChildVisitsView(
        UUID childId,
        String displayName,
        String team,
        String allocatedWorker,
        PlanType planType,
        LocalDate asOf,
        List<VisitView> visits,
        List<RecordedVisitView> recordedVisits) {
}
