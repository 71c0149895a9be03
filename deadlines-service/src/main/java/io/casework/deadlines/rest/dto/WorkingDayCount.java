package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "Working days after one date up to and including another")
public record WorkingDayCount(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Negative when to is before from") int workingDays) {
}
