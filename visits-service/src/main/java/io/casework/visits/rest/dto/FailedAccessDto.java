package io.casework.visits.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A child's open spell of failed access, and the managers told so far. */
@Schema(description = "An open spell of failed access (004 \"Failed visits\"): from the first visit that did not see "
        + "the child, and the steps of the ladder taken")
public record FailedAccessDto(
        @Schema(description = "The day of the first failed visit", example = "2026-02-16")
        LocalDate failedSince,
        @Schema(description = "The day of the latest failed visit", example = "2026-02-19")
        LocalDate lastFailedOn,
        @Schema(description = "How many visits have failed", example = "2", minimum = "1")
        int failedVisits,
        @Schema(description = "The managers told, in order: PRACTICE_MANAGER, TEAM_MANAGER, SENIOR_MANAGER",
                example = "[\"PRACTICE_MANAGER\"]")
        List<String> escalatedTo) {
}
