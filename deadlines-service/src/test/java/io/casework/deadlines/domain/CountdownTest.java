package io.casework.deadlines.domain;

import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CountdownTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    @DisplayName("due today: not overdue, no working days left")
    void dueToday() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(Countdown.of(monday, monday, calendar)).isEqualTo(new Countdown(false, 0));
    }

    @Test
    @DisplayName("due next Monday, seen on a Friday: one working day left, the weekend does not count")
    void overAWeekend() {
        assertThat(Countdown.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 6), calendar))
                .isEqualTo(new Countdown(false, 1));
    }

    @Test
    @DisplayName("overdue: the working days since the due date are counted as negative")
    void overdue() {
        // Due Monday 2 March 2026, seen Wednesday 4 March: two working days late.
        assertThat(Countdown.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), calendar))
                .isEqualTo(new Countdown(true, -2));
    }

    @Test
    @DisplayName("overdue the day after, even when that day is a Saturday and no working day has passed")
    void overdueAtTheWeekend() {
        Countdown countdown = Countdown.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 7), calendar);
        assertThat(countdown.overdue()).isTrue();
        assertThat(countdown.workingDaysLeft()).isZero();
    }

    @Test
    @DisplayName("DOMAIN 19: working days exclude weekends and England and Wales bank holidays, substitute days included")
    void christmas2026() {
        // Christmas Day 2026 is a Friday; Boxing Day falls on Saturday, so Monday 28 December is its substitute.
        // Seen on Christmas Eve, a deadline due Tuesday 29 December has one working day left.
        assertThat(Countdown.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 24), calendar))
                .isEqualTo(new Countdown(false, 1));
    }
}
