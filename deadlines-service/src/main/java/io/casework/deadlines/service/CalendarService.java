package io.casework.deadlines.service;

import io.casework.backbone.problem.Problems;
import io.casework.deadlines.domain.CalendarRange;
import io.casework.deadlines.rest.dto.BankHolidayDto;
import io.casework.deadlines.rest.dto.WorkingDayCountDto;
import io.casework.deadlines.rest.dto.WorkingDaySumDto;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** The working-day calendar every timescale counts in, as public reference data. */
@ApplicationScoped
public class CalendarService {

    @Inject
    WorkingDayCalendar calendar;

    public List<BankHolidayDto> bankHolidays(int year) {
        requireInRange("year", year);
        return calendar.bankHolidays(Year.of(year)).stream()
                .map(h -> new BankHolidayDto(h.date(), h.name(), h.isSubstituteDay(), h.substituteFor()))
                .toList();
    }

    public WorkingDaySumDto addWorkingDays(LocalDate from, int add) {
        requireInRange("from", from.getYear());
        LocalDate date = add >= 0 ? calendar.addWorkingDays(from, add) : calendar.subtractWorkingDays(from, -add);
        if (!CalendarRange.contains(date)) {
            throw outOfRange("add", "the result " + date);
        }
        return new WorkingDaySumDto(from, add, date);
    }

    public WorkingDayCountDto countWorkingDays(LocalDate from, LocalDate to) {
        requireInRange("from", from.getYear());
        requireInRange("to", to.getYear());
        return new WorkingDayCountDto(from, to, calendar.workingDaysBetween(from, to));
    }

    private static void requireInRange(String field, int year) {
        if (!CalendarRange.contains(year)) {
            throw outOfRange(field, "year " + year);
        }
    }

    private static RuntimeException outOfRange(String field, String what) {
        String message = what + " is outside the calendar's years " + CalendarRange.FIRST_YEAR + " to "
                + CalendarRange.LAST_YEAR;
        return Problems.invalidFields(message, List.of(new Problems.FieldViolation(field, "query", message)));
    }
}
