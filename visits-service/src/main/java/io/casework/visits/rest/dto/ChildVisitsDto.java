package io.casework.visits.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.PlanType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's statutory visits, planned and completed, by due date, and every visit recorded on their case notes.
 *
 * @param asOf the day "overdue" was worked out for
 */
@Schema(description = "A child's statutory visits, planned and completed, by due date, and every visit recorded on "
        + "their case notes")
public record ChildVisitsDto(
        @Schema(description = "The child", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The child's name as case-notes-service announced it: given name, then family name",
                example = "Leo Example", maxLength = 200)
        String displayName,
        @Schema(description = "The id of the team the case belongs to", example = "north", maxLength = 100)
        String team,
        @Schema(description = "The worker the case is allocated to. Full name, designation and team as the "
                + "organisation model holds them now; only the username if this service does not know them",
                example = Person.Examples.SOCIAL_WORKER)
        Person allocatedWorker,
        @Schema(description = "The plan the child is on, which sets the visit frequency", example = "CP")
        PlanType planType,
        @Schema(description = "The day `overdue` was worked out for: today in England, an ISO-8601 date",
                example = "2026-03-02")
        LocalDate asOf,
        @Schema(description = "The statutory visits, planned and completed, by due date")
        List<VisitDto> visits,
        @Schema(description = "Every visit recorded on the child's case notes, statutory or not, whether or not the "
                + "child was seen")
        List<RecordedVisitDto> recordedVisits) {
}
