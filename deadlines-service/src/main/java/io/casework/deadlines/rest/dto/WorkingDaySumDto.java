package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "A date some working days from another, counted as every timescale counts them")
public record WorkingDaySumDto(
        @Schema(description = "The day counted from (not itself counted), an ISO-8601 date", example = "2026-03-06")
        LocalDate from,
        @Schema(description = "Working days (England and Wales) added; negative counts back", example = "1")
        int add,
        @Schema(description = "The resulting day, an ISO-8601 date", example = "2026-03-09")
        LocalDate date) {
}
