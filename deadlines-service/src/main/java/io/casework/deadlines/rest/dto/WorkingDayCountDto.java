package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "Working days after one date up to and including another")
public record WorkingDayCountDto(
        @Schema(description = "The day counted from (not itself counted), an ISO-8601 date", example = "2026-03-02")
        LocalDate from,
        @Schema(description = "The last day counted, an ISO-8601 date", example = "2026-03-09")
        LocalDate to,
        @Schema(description = "Working days (England and Wales) after from, up to and including to; negative when "
                + "to is before from", example = "5")
        int workingDays) {
}
