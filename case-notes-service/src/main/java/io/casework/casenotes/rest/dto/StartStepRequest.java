package io.casework.casenotes.rest.dto;

import io.casework.contracts.PathwayStepKind;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A step a worker starts on the child's pathway. */
@Schema(description = "A step started on the child's case pathway (004 \"Case Pathway\"): its kind, the step it is "
        + "part of where its kind belongs to one (a placement to a looked-after episode), its start date and its "
        + "kind's own facts (listPathwayStepKinds shows which kinds may be started and each kind's detailsSchema)")
public record StartStepRequest(
        @Schema(description = "The kind of step", example = "LOOKED_AFTER_EPISODE")
        @NotNull PathwayStepKind kind,
        @Schema(description = "The step this one is part of; required for a kind that belongs to another, absent "
                + "otherwise", example = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        UUID partOf,
        @Schema(description = "The date the step started, an ISO-8601 date, not after today nor before what it is "
                + "part of", example = "2026-11-20")
        @NotNull LocalDate startDate,
        @Schema(description = "The kind's own facts, as the kind's detailsSchema defines them", example =
                "{\"legalStatus\": \"C1\"}")
        Map<String, Object> details) {
}
