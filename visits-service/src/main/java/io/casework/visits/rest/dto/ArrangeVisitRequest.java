package io.casework.visits.rest.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A visit arranged ahead. */
@Schema(description = "A visit arranged ahead: the day, and whether the family will be told beforehand")
public record ArrangeVisitRequest(
        @Schema(description = "The day, an ISO-8601 date in England, today or later", example = "2026-03-04",
                required = true)
        @NotNull LocalDate visitDate,
        @Schema(description = "Whether the family will be told beforehand", example = "false", required = true)
        @NotNull Boolean announced) {
}
