package io.casework.deadlines.domain;

import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DueHorizonTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    // A Thursday before the Christmas bank holidays of 2026 (Friday 25th, Monday 28th: Boxing Day's substitute).
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 24);

    @Test
    @DisplayName("004 C&F priority: due soon reaches N working days ahead, over weekends and bank holidays")
    void soonCountsWorkingDays() {
        DueHorizon horizon = DueHorizon.of(THURSDAY, 2, CALENDAR);
        // Friday 25th and Monday 28th are bank holidays: the 2nd working day after the 24th is Wednesday 30th.
        assertThat(horizon.soonUntil()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(horizon.which(LocalDate.of(2026, 12, 30))).isEqualTo(Due.SOON);
        assertThat(horizon.which(LocalDate.of(2026, 12, 31))).isNull();
        assertThat(horizon.from(Due.SOON)).isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    @DisplayName("overdue is before today, today is today (not yet overdue), and each range says the same")
    void ranges() {
        DueHorizon horizon = DueHorizon.of(THURSDAY, 5, CALENDAR);
        assertThat(horizon.which(THURSDAY.minusDays(1))).isEqualTo(Due.OVERDUE);
        assertThat(horizon.which(THURSDAY)).isEqualTo(Due.TODAY);
        assertThat(horizon.from(Due.OVERDUE)).isNull();
        assertThat(horizon.to(Due.OVERDUE)).isEqualTo(THURSDAY.minusDays(1));
        assertThat(horizon.from(Due.TODAY)).isEqualTo(THURSDAY);
        assertThat(horizon.to(Due.TODAY)).isEqualTo(THURSDAY);
        assertThat(horizon.to(Due.SOON)).isEqualTo(CALENDAR.addWorkingDays(THURSDAY, 5));
    }
}
