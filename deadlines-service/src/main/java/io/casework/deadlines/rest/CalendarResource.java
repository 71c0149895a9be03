package io.casework.deadlines.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.RequestParams;
import io.casework.deadlines.rest.dto.BankHolidayDto;
import io.casework.deadlines.rest.dto.WorkingDayCountDto;
import io.casework.deadlines.rest.dto.WorkingDaySumDto;
import io.casework.deadlines.service.CalendarService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Public reference data without personal information: the calendar every timescale counts in. */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Calendar", description = "England and Wales working days; public, no token needed")
public class CalendarResource {

    @Inject
    CalendarService service;

    @GET
    @Path("/bank-holidays")
    @Operation(operationId = "listBankHolidays",
            summary = "A year's England and Wales bank holidays, substitute days included",
            description = "Public reference data, no token needed, not paged (a year has a handful): each holiday "
                    + "as the day offices close, in date order, with the day it stands in for when it is a "
                    + "substitute day. These are the days every working-day timescale skips, with weekends.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.REFERENCE)
    public List<BankHolidayDto> bankHolidays(
            @Parameter(description = "e.g. 2026", required = true)
            @QueryParam("year") @NotNull @Pattern(regexp = "\\d{4}", message = "must be a year such as 2026")
            String year) {
        return service.bankHolidays(Integer.parseInt(year));
    }

    @GET
    @Path("/working-days")
    @Operation(operationId = "addWorkingDays", summary = "The date a number of working days after (or, negative, before) a date",
            description = "The start day is not counted: 1 working day after a Friday is the Monday.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.REFERENCE)
    public WorkingDaySumDto addWorkingDays(
            @Parameter(description = "YYYY-MM-DD", required = true)
            @QueryParam("from") @NotNull @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE)
            String from,
            @Parameter(description = "Working days to add, -9999 to 9999", required = true)
            @QueryParam("add") @NotNull
            @Pattern(regexp = "-?\\d{1,4}", message = "must be a whole number from -9999 to 9999")
            String add) {
        return service.addWorkingDays(RequestParams.queryDate("from", from), Integer.parseInt(add));
    }

    @GET
    @Path("/working-days/count")
    @Operation(operationId = "countWorkingDays",
            summary = "How many working days lie after one date up to and including another",
            description = "Public reference data, no token needed. Counts as every timescale counts: weekends and "
                    + "England and Wales bank holidays (substitute days included) are skipped, and the from date is "
                    + "not counted; negative when to is before from. Dates outside the calendar's years are a 400.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.REFERENCE)
    public WorkingDayCountDto countWorkingDays(
            @Parameter(description = "YYYY-MM-DD", required = true)
            @QueryParam("from") @NotNull @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE)
            String from,
            @Parameter(description = "YYYY-MM-DD", required = true)
            @QueryParam("to") @NotNull @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE)
            String to) {
        return service.countWorkingDays(RequestParams.queryDate("from", from), RequestParams.queryDate("to", to));
    }
}
