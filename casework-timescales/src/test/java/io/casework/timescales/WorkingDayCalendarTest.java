package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    @DisplayName("Easter Monday 2026 (6 April) and Good Friday (3 April) are not working days")
    void easter2026() {
        assertThat(calendar.isWorkingDay(date(2026, 4, 3))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 4, 6))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 4, 7))).isTrue();
    }

    @Test
    @DisplayName("Summer bank holiday 2026 (31 August) is not a working day: the subdivision is eng, not en")
    void summerBankHoliday2026() {
        assertThat(calendar.isWorkingDay(date(2026, 8, 31))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 8, 28))).isTrue();
    }

    @Test
    @DisplayName("Weekends are not working days")
    void weekends() {
        assertThat(calendar.isWorkingDay(date(2026, 3, 7))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 3, 8))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 3, 9))).isTrue();
    }

    @Test
    @DisplayName("Christmas 2027 falls on a Saturday: substitute days Monday 27 and Tuesday 28 December are excluded")
    void christmas2027SubstituteDays() {
        assertThat(calendar.isWorkingDay(date(2027, 12, 27))).isFalse();
        assertThat(calendar.isWorkingDay(date(2027, 12, 28))).isFalse();
        assertThat(calendar.isWorkingDay(date(2027, 12, 29))).isTrue();

        List<BankHoliday> december = calendar.bankHolidays(Year.of(2027)).stream()
                .filter(holiday -> holiday.date().getMonthValue() == 12)
                .toList();
        assertThat(december).extracting(BankHoliday::date)
                .containsExactly(date(2027, 12, 27), date(2027, 12, 28));
        assertThat(december).allMatch(BankHoliday::isSubstituteDay);
        assertThat(december.get(0).substituteFor()).isEqualTo(date(2027, 12, 25));
        assertThat(december.get(0).name()).contains("Christmas").contains("substitute day");
        assertThat(december.get(1).name()).contains("Boxing Day").contains("substitute day");
    }

    @Test
    @DisplayName("2026 has the eight England and Wales bank holidays, Boxing Day's substitute on Monday 28 December")
    void bankHolidays2026() {
        assertThat(calendar.bankHolidays(Year.of(2026))).extracting(BankHoliday::date).containsExactly(
                date(2026, 1, 1), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 4),
                date(2026, 5, 25), date(2026, 8, 31), date(2026, 12, 25), date(2026, 12, 28));
    }

    @Test
    @DisplayName("The King's coronation, 8 May 2023, was a bank holiday and jollyday has it")
    void coronation2023() {
        assertThat(calendar.isWorkingDay(date(2023, 5, 8))).isFalse();
        assertThat(calendar.bankHolidays(Year.of(2023)))
                .anySatisfy(holiday -> {
                    assertThat(holiday.date()).isEqualTo(date(2023, 5, 8));
                    assertThat(holiday.name()).contains("Coronation");
                });
    }

    @Test
    @DisplayName("addWorkingDays across the Easter 2026 bank holiday weekend skips Good Friday to Easter Monday")
    void addAcrossEaster() {
        // Thursday 2 April: the next working day is Tuesday 7 April.
        assertThat(calendar.addWorkingDays(date(2026, 4, 2), 1)).isEqualTo(date(2026, 4, 7));
        assertThat(calendar.addWorkingDays(date(2026, 4, 2), 5)).isEqualTo(date(2026, 4, 13));
    }

    @Test
    @DisplayName("addWorkingDays across Christmas 2027 skips both substitute days and New Year's Eve is reached")
    void addAcrossChristmas2027() {
        // Friday 24 December 2027: 27 and 28 are substitute days, so three working days is Friday 31.
        assertThat(calendar.addWorkingDays(date(2027, 12, 24), 3)).isEqualTo(date(2027, 12, 31));
    }

    @Test
    @DisplayName("addWorkingDays with 0 keeps a working day and moves a non-working day to the next working day")
    void addZero() {
        assertThat(calendar.addWorkingDays(date(2026, 4, 2), 0)).isEqualTo(date(2026, 4, 2));
        assertThat(calendar.addWorkingDays(date(2026, 4, 4), 0)).isEqualTo(date(2026, 4, 7));
    }

    @Test
    @DisplayName("addWorkingDays from a weekend counts from the weekend: Saturday + 1 is Monday")
    void addFromWeekend() {
        assertThat(calendar.addWorkingDays(date(2026, 3, 7), 1)).isEqualTo(date(2026, 3, 9));
    }

    @Test
    @DisplayName("A negative number of working days is refused")
    void negativeRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(date(2026, 4, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("subtractWorkingDays counts back over Easter 2026: 3 working days before Tuesday 7 April is Tuesday 31 March")
    void subtractAcrossEaster() {
        assertThat(calendar.subtractWorkingDays(date(2026, 4, 7), 3)).isEqualTo(date(2026, 3, 31));
        assertThat(calendar.subtractWorkingDays(date(2026, 4, 6), 0)).isEqualTo(date(2026, 4, 2));
    }

    @Test
    @DisplayName("workingDaysBetween counts the days after 'from' up to and including 'to'")
    void workingDaysBetween() {
        assertThat(calendar.workingDaysBetween(date(2026, 4, 2), date(2026, 4, 13))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(date(2026, 4, 13), date(2026, 4, 2))).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(date(2026, 4, 2), date(2026, 4, 2))).isZero();
        assertThat(calendar.workingDaysBetween(date(2027, 12, 24), date(2027, 12, 31))).isEqualTo(3);
        // A whole ordinary year: 2026 has 261 weekdays less 8 bank holidays.
        assertThat(calendar.workingDaysBetween(date(2025, 12, 31), date(2026, 12, 31))).isEqualTo(253);
    }

    @Test
    @DisplayName("workingDaysBetween undoes addWorkingDays")
    void betweenUndoesAdd() {
        LocalDate start = date(2026, 12, 18);
        for (int n = 0; n <= 30; n++) {
            assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))).isEqualTo(n);
        }
    }

    @Test
    @DisplayName("nextWorkingDay and previousWorkingDay step over the summer bank holiday weekend 2026")
    void nextAndPrevious() {
        assertThat(calendar.nextWorkingDay(date(2026, 8, 28))).isEqualTo(date(2026, 9, 1));
        assertThat(calendar.previousWorkingDay(date(2026, 9, 1))).isEqualTo(date(2026, 8, 28));
    }

    @Test
    @DisplayName("001 \"Timely\": Friday 22 May 2026 + 3 working days is Thursday 28 May, the spring bank holiday skipped")
    void threeWorkingDaysOverSpringBankHoliday() {
        assertThat(calendar.addWorkingDays(date(2026, 5, 22), 3)).isEqualTo(date(2026, 5, 28));
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": Monday 7 September 2026 + 45 working days is Monday 9 November")
    void fortyFiveWorkingDays() {
        assertThat(calendar.addWorkingDays(date(2026, 9, 7), 45)).isEqualTo(date(2026, 11, 9));
    }

    @Test
    @DisplayName("004 \"Recording Statutory Visits\": Friday 28 August 2026 + 5 working days is Monday 7 September, 31 August skipped")
    void fiveWorkingDaysOverSummerBankHoliday() {
        assertThat(calendar.addWorkingDays(date(2026, 8, 28), 5)).isEqualTo(date(2026, 9, 7));
    }

    @Test
    @DisplayName("The calendar gives the same answers from many threads at once")
    void threadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> counts = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> WorkingDayCalendar.englandAndWales()
                            .workingDaysBetween(date(2029 + i % 4, 1, 1), date(2029 + i % 4, 12, 31))))
                    .toList();
            for (int i = 0; i < counts.size(); i++) {
                int year = 2029 + i % 4;
                assertThat(counts.get(i).get())
                        .isEqualTo(calendar.workingDaysBetween(date(year, 1, 1), date(year, 12, 31)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
