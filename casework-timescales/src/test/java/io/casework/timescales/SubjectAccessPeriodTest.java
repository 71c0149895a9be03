package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** UK GDPR Art. 12(3) as the ICO reads it, on the England and Wales calendar (002 s.9 "Access to Records"). */
class SubjectAccessPeriodTest {

    private final SubjectAccessPeriod period = SubjectAccessPeriod.englandAndWales();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    @DisplayName("Art. 12(3): a request received on Tuesday 3 March 2026 is due on the corresponding date, Friday 3 "
            + "April... which is Good Friday, so Tuesday 7 April after Easter Monday")
    void correspondingDateOverEaster() {
        assertThat(period.dueOn(date(2026, 3, 3))).isEqualTo(date(2026, 4, 7));
    }

    @Test
    @DisplayName("Art. 12(3): received Wednesday 10 June 2026, due Friday 10 July 2026, the corresponding working day")
    void correspondingDate() {
        assertThat(period.dueOn(date(2026, 6, 10))).isEqualTo(date(2026, 7, 10));
    }

    @Test
    @DisplayName("ICO: received 31 January 2025, February has no 31st: due its last day, Friday 28 February")
    void lastDayOfAShorterMonth() {
        assertThat(period.dueOn(date(2025, 1, 31))).isEqualTo(date(2025, 2, 28));
    }

    @Test
    @DisplayName("ICO: received 31 January 2028, a leap year: due Tuesday 29 February")
    void lastDayOfFebruaryInALeapYear() {
        assertThat(period.dueOn(date(2028, 1, 31))).isEqualTo(date(2028, 2, 29));
    }

    @Test
    @DisplayName("ICO: received 31 January 2026, due 28 February, a Saturday: the next working day, Monday 2 March")
    void lastDayOfTheMonthOnAWeekend() {
        assertThat(period.dueOn(date(2026, 1, 31))).isEqualTo(date(2026, 3, 2));
    }

    @Test
    @DisplayName("ICO: received 25 November 2026, due 25 December: Christmas, then Saturday, Sunday and the "
            + "substitute Boxing Day (Monday 28th), so Tuesday 29 December")
    void bankHolidaysRollToTheNextWorkingDay() {
        assertThat(period.dueOn(date(2026, 11, 25))).isEqualTo(date(2026, 12, 29));
    }

    @Test
    @DisplayName("ICO: received on a Saturday (4 April 2026) still counts from that day: due Monday 4 May, the early "
            + "May bank holiday, so Tuesday 5 May")
    void receivedOnAWeekendCountsFromThatDay() {
        assertThat(period.dueOn(date(2026, 4, 4))).isEqualTo(date(2026, 5, 5));
    }

    @Test
    @DisplayName("Art. 12(3): a complex request extended by two further months: received 30 November 2026, due by "
            + "28 February 2027 (the corresponding date three months on, 28 February, is a Sunday: Monday 1 March)")
    void extendedByTwoFurtherMonths() {
        assertThat(period.dueOn(date(2026, 11, 30))).isEqualTo(date(2026, 12, 30));
        assertThat(period.extendedDueOn(date(2026, 11, 30))).isEqualTo(date(2027, 3, 1));
    }

    @Test
    @DisplayName("Art. 12(3): the requester is told of an extension within the first month: in time up to the day the "
            + "request is due, not after")
    void extensionWithinTheFirstMonth() {
        LocalDate received = date(2026, 6, 10);
        assertThat(period.extensionInTime(received, date(2026, 7, 10))).isTrue();
        assertThat(period.extensionInTime(received, date(2026, 7, 11))).isFalse();
    }
}
