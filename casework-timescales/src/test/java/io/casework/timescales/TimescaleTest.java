package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimescaleTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    @DisplayName("Working days skip the bank holiday; the time of day is kept")
    void workingDaysKeepTimeOfDay() {
        LocalDateTime friday = LocalDateTime.of(2026, 8, 28, 15, 45);
        assertThat(Timescale.workingDays(1).dueFrom(friday, calendar)).isEqualTo(LocalDateTime.of(2026, 9, 1, 15, 45));
    }

    @Test
    @DisplayName("Hours are clock hours: 24 hours from Good Friday afternoon is Saturday afternoon")
    void hoursAreClockHours() {
        LocalDateTime goodFriday = LocalDateTime.of(2026, 4, 3, 16, 30);
        assertThat(Timescale.hours(24).dueFrom(goodFriday, calendar)).isEqualTo(LocalDateTime.of(2026, 4, 4, 16, 30));
    }

    @Test
    @DisplayName("Hours from a bare date round up to whole days: 24 hours from 3 March is 4 March, 25 hours is 5 March")
    void hoursFromDateRoundUp() {
        assertThat(Timescale.hours(24).dueFrom(LocalDate.of(2026, 3, 3), calendar)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(Timescale.hours(25).dueFrom(LocalDate.of(2026, 3, 3), calendar)).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    @DisplayName("Months are calendar months: 31 January plus one month is 28 February")
    void monthsClampToMonthEnd() {
        Timescale month = new Timescale(1, TimescaleUnit.MONTHS);
        assertThat(month.dueFrom(LocalDate.of(2026, 1, 31), calendar)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    @DisplayName("Calendar days and weeks are not moved off weekends or bank holidays")
    void calendarUnitsNotMoved() {
        assertThat(new Timescale(2, TimescaleUnit.WEEKS).dueFrom(LocalDate.of(2026, 3, 21), calendar))
                .isEqualTo(LocalDate.of(2026, 4, 4));
        assertThat(new Timescale(3, TimescaleUnit.CALENDAR_DAYS).dueFrom(LocalDate.of(2026, 4, 3), calendar))
                .isEqualTo(LocalDate.of(2026, 4, 6));
    }

    @Test
    @DisplayName("dueBefore counts back: 3 working days before Tuesday 7 April 2026 is Tuesday 31 March")
    void dueBefore() {
        assertThat(Timescale.workingDays(3).dueBefore(LocalDate.of(2026, 4, 7), calendar))
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(new Timescale(6, TimescaleUnit.WEEKS).dueBefore(LocalDate.of(2026, 9, 1), calendar))
                .isEqualTo(LocalDate.of(2026, 7, 21));
    }

    @Test
    @DisplayName("A timescale of zero or less is refused")
    void positiveOnly() {
        assertThatThrownBy(() -> new Timescale(0, TimescaleUnit.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Reads as it would be said")
    void readable() {
        assertThat(Timescale.workingDays(5)).hasToString("5 working days");
    }
}
