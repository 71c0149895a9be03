package io.casework.visits.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.PlanType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How often a child is visited on their current plan.
 *
 * @param frequencyWorkingDays working days from one statutory visit (or the start date) to the next due date
 * @param nextDueDate          the due date of the visit now waiting; null if none is
 */
@Schema(description = "How often a child is visited on their current plan, and when the next visit is due")
public record VisitPlanDto(
        @Schema(description = "The visit plan's id", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID id,
        @Schema(description = "The child", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The id of the team the case belongs to", example = "north", maxLength = 100)
        String team,
        @Schema(description = "The worker the case is allocated to. Full name, designation and team as the "
                + "organisation model holds them now; only the username if this service does not know them",
                example = Person.Examples.SOCIAL_WORKER)
        Person allocatedWorker,
        @Schema(description = "The plan the visits follow", example = "CP")
        PlanType planType,
        @Schema(description = "Working days (England and Wales) from one statutory visit, or the plan's start date, "
                + "to the next due date; set per plan type by the authority", example = "10", minimum = "1")
        int frequencyWorkingDays,
        @Schema(description = "The day the plan started, from which the first visit is counted: an ISO-8601 date in "
                + "England", example = "2026-02-09")
        LocalDate startDate,
        @Schema(description = "The due date of the visit now waiting, an ISO-8601 date in England; null when none "
                + "is", example = "2026-03-06")
        LocalDate nextDueDate,
        @Schema(description = "The last day the child was seen on any visit recorded on their case notes, statutory "
                + "or not (Ofsted's Annex A \"date child last seen\"); a visit where the child was not seen does not "
                + "count. An ISO-8601 date in England; null when no visit has seen the child", example = "2026-03-02")
        LocalDate lastSeenOn) {
}
