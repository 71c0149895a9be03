package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "An England and Wales bank holiday, as the day offices close")
public record BankHolidayView(
        LocalDate date,
        String name,
        @Schema(description = "True for a weekday kept in place of a holiday that fell at a weekend")
        boolean substituteDay,
        @Schema(description = "The day the holiday itself falls on") LocalDate substituteFor) {
}
