package io.casework.timescales;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The working days every timescale counts in (DOMAIN rule 19): Monday to Friday, less the
 * England and Wales bank holidays, substitute days included.
 *
 * <p>The suite keeps exactly one of these so that a case note marked late, a visit's due date
 * and a tracked deadline can never disagree about which days count. Holidays come from
 * jollyday's United Kingdom calendar with the subdivision {@code eng}: the code {@code en}
 * is accepted by jollyday but silently loses Easter Monday and the summer bank holiday.
 * Wales keeps the same bank holidays as England, so one calendar serves both.
 *
 * <p>Thread-safe. Each year's holidays are asked of jollyday once and then held, so the
 * counting methods are cheap map look-ups.
 */
public final class WorkingDayCalendar {

    /** The subdivision of jollyday's GB calendar that holds England's (and Wales's) holidays. */
    static final String ENGLAND = "eng";

    private static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar(
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM)), ENGLAND);

    private final HolidayManager holidays;
    private final String subdivision;
    private final Map<Integer, Map<LocalDate, BankHoliday>> byYear = new ConcurrentHashMap<>();

    private WorkingDayCalendar(HolidayManager holidays, String subdivision) {
        this.holidays = holidays;
        this.subdivision = subdivision;
    }

    /** The one England and Wales calendar, shared: building it reads jollyday's data files. */
    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /** True on a weekday that is not an England and Wales bank holiday (or substitute day). */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    /** True when the date is kept as a bank holiday (a substitute day counts; the weekend day it replaces does not). */
    public boolean isBankHoliday(LocalDate date) {
        return holidaysOf(date.getYear()).containsKey(date);
    }

    /**
     * The date {@code n} working days after {@code start}, the start day itself not counted:
     * "within 3 working days of the visit" on a Friday runs Monday, Tuesday, Wednesday.
     *
     * <p>{@code n = 0} gives {@code start} when it is a working day and otherwise the next
     * working day: "on the day" for an event on a Saturday can only be met on the Monday, so
     * a zero timescale never lands on a day the office is shut.
     *
     * @throws IllegalArgumentException if {@code n} is negative; count backwards with
     *         {@link #subtractWorkingDays(LocalDate, int)}
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(n);
        if (n == 0) {
            return isWorkingDay(start) ? start : nextWorkingDay(start);
        }
        LocalDate date = start;
        for (int counted = 0; counted < n; counted++) {
            date = nextWorkingDay(date);
        }
        return date;
    }

    /**
     * The date {@code n} working days before {@code end}, the end day not counted: a report due
     * "3 working days before the conference" on a Tuesday is due the Thursday before.
     *
     * <p>{@code n = 0} gives {@code end} when it is a working day and otherwise the working day
     * before it, the mirror of {@link #addWorkingDays(LocalDate, int)}.
     */
    public LocalDate subtractWorkingDays(LocalDate end, int n) {
        Objects.requireNonNull(end, "end");
        requireNotNegative(n);
        if (n == 0) {
            return isWorkingDay(end) ? end : previousWorkingDay(end);
        }
        LocalDate date = end;
        for (int counted = 0; counted < n; counted++) {
            date = previousWorkingDay(date);
        }
        return date;
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}, the same
     * counting as {@link #addWorkingDays}: when {@code to} is a working day,
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Negative when {@code to} is
     * before {@code from}; zero for the same day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    /** The year's England and Wales bank holidays in date order, substitute days included. */
    public List<BankHoliday> bankHolidays(Year year) {
        Objects.requireNonNull(year, "year");
        return holidaysOf(year.getValue()).values().stream()
                .sorted(Comparator.comparing(BankHoliday::date))
                .toList();
    }

    private Map<LocalDate, BankHoliday> holidaysOf(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    private Map<LocalDate, BankHoliday> load(int year) {
        // jollyday does not promise that its manager is safe for concurrent use; this runs
        // once per year, so a lock costs nothing.
        Set<Holiday> found;
        synchronized (holidays) {
            found = holidays.getHolidays(Year.of(year), subdivision);
        }
        // jollyday's getDate() is the day kept (the substitute Monday or Tuesday when the
        // holiday falls at a weekend); getActualDate() is the day the holiday itself falls on.
        return found.stream()
                .map(WorkingDayCalendar::toBankHoliday)
                // The cache is keyed by the year of the date looked up, so it may only hold that year's days.
                .filter(holiday -> holiday.date().getYear() == year)
                .collect(Collectors.toUnmodifiableMap(BankHoliday::date, Function.identity(),
                        (first, second) -> first));
    }

    private static BankHoliday toBankHoliday(Holiday holiday) {
        String name = holiday.getDescription(Locale.UK);
        boolean substitute = !holiday.getDate().equals(holiday.getActualDate());
        return new BankHoliday(holiday.getDate(), substitute ? name + " (substitute day)" : name,
                holiday.getActualDate());
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of working days cannot be negative: " + n);
        }
    }
}
