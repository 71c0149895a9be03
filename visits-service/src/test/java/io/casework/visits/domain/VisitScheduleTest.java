package io.casework.visits.domain;

import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitScheduleTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    @DisplayName("The calendar's Christmas 2026: Fri 25 Dec, Mon 28 Dec (Boxing Day falls on a Saturday) and Fri 1 Jan 2027 are bank holidays")
    void christmas2026AsTheCalendarKeepsIt() {
        assertThat(LocalDate.of(2026, 12, 26).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.isBankHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    @DisplayName("DOMAIN rule 19, working days exclude bank holidays: from Mon 21 Dec 2026, 10 working days skip Christmas, the Boxing Day substitute and New Year's Day: due Thu 7 Jan 2027")
    void tenWorkingDaysAcrossChristmas() {
        // Counted: 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6, 7 Jan.
        assertThat(VisitSchedule.nextDue(LocalDate.of(2026, 12, 21), 10, calendar))
                .isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    @DisplayName("DOMAIN rule 19, working days exclude bank holidays: from Mon 22 Mar 2027, 10 working days skip Good Friday and Easter Monday: due Wed 7 Apr 2027")
    void tenWorkingDaysAcrossEaster() {
        assertThat(calendar.isBankHoliday(LocalDate.of(2027, 3, 26))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2027, 3, 29))).isTrue();
        assertThat(VisitSchedule.nextDue(LocalDate.of(2027, 3, 22), 10, calendar))
                .isEqualTo(LocalDate.of(2027, 4, 7));
    }

    @Test
    @DisplayName("Without bank holidays 10 working days are two calendar weeks: Fri 20 Nov 2026 gives Fri 4 Dec 2026")
    void tenWorkingDaysAreTwoWeeksWithoutHolidays() {
        assertThat(VisitSchedule.nextDue(LocalDate.of(2026, 11, 20), 10, calendar))
                .isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    @DisplayName("A visit made at a weekend restarts the count from that day: Sat 21 Nov 2026 plus 1 working day is Mon 23 Nov")
    void weekendStart() {
        assertThat(VisitSchedule.nextDue(LocalDate.of(2026, 11, 21), 1, calendar))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    @DisplayName("A due date always falls on a working day")
    void dueDateIsAWorkingDay() {
        for (LocalDate from = LocalDate.of(2026, 12, 1); from.isBefore(LocalDate.of(2027, 2, 1));
                from = from.plusDays(1)) {
            assertThat(calendar.isWorkingDay(VisitSchedule.nextDue(from, 10, calendar))).as("from %s", from).isTrue();
        }
    }

    @Test
    @DisplayName("A frequency below one working day is refused")
    void frequencyMustBePositive() {
        assertThatThrownBy(() -> VisitSchedule.nextDue(LocalDate.of(2026, 12, 21), 0, calendar))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 working day");
    }
}
