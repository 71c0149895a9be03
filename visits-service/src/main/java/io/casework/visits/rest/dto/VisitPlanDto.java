package io.casework.visits.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.PlanType;
import io.casework.contracts.VisitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How often a child is visited on the plan in force, by which frequency of the authority's rule set (or the
 * manager's for the child), and when the next visit is due.
 *
 * @param nextDueDate the due date of the visit now waiting; null if none is
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
        @Schema(description = "The plan type the child was registered on", example = "CLA")
        PlanType planType,
        @Schema(description = "Which visits these are: CP, CLA, CIN, PRIVATE_FOSTERING or CARE_LEAVER_KIT",
                example = "CLA")
        VisitKind visitKind,
        @Schema(description = "The pathway step the visits are for (a placement, a CP or CIN plan, a private "
                + "fostering arrangement, a leaving care eligibility); null for the plan type the child was "
                + "registered on", example = "0c9e8d7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f")
        UUID basisStepId,
        @Schema(description = "The frequency of the authority's rule set that applies to the child's circumstances")
        FrequencyDto frequency,
        @Schema(description = "The child's own frequency, set by a manager, which applies instead; null when none is")
        ChildFrequencyDto childFrequency,
        @Schema(description = "The day the visits started (the placement's or plan's start, the day the authority "
                + "became aware of a private fostering arrangement), from which the first visit is counted: an "
                + "ISO-8601 date in England", example = "2026-02-09")
        LocalDate startDate,
        @Schema(description = "The day the child's first looked-after review was held, which ends reg 28's weekly "
                + "visits; null until it is", example = "2026-03-06")
        LocalDate firstReviewOn,
        @Schema(description = "The due date of the visit now waiting, an ISO-8601 date in England; null when none "
                + "is", example = "2026-03-06")
        LocalDate nextDueDate,
        @Schema(description = "The last day the child was seen on any visit recorded on their case notes, statutory "
                + "or not (Ofsted's Annex A \"date child last seen\"); a visit where the child was not seen does not "
                + "count. An ISO-8601 date in England; null when no visit has seen the child", example = "2026-03-02")
        LocalDate lastSeenOn) {
}
