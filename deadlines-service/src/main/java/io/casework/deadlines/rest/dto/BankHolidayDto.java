package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "An England and Wales bank holiday, as the day offices close")
public record BankHolidayDto(
        @Schema(description = "The day offices close, an ISO-8601 date", example = "2026-12-28")
        LocalDate date,
        @Schema(description = "The holiday's name", example = "Boxing Day")
        String name,
        @Schema(description = "True for a weekday kept in place of a holiday that fell at a weekend", example = "true")
        boolean substituteDay,
        @Schema(description = "The day the holiday itself falls on, an ISO-8601 date; null when it is not a "
                + "substitute day", example = "2026-12-26")
        LocalDate substituteFor) {
}
