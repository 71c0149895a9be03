package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "A date some working days from another, counted as every timescale counts them")
public record WorkingDaySum(
        LocalDate from,
        @Schema(description = "Working days added; negative counts back") int add,
        LocalDate date) {
}
