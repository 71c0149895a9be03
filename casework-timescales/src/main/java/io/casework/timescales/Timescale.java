package io.casework.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An amount of time in one unit: "5 working days", "24 hours", "3 months".
 *
 * <p>Two ways to ask for a due point, because the services know different things:
 * <ul>
 *   <li>from a {@link LocalDate} (an event's date, as case notes carry it): the answer is the
 *       last date that is still on time. {@code HOURS} are rounded up to whole days here, so
 *       "24 hours" after an event on 3 March is 4 March; with only a date nothing finer is honest.</li>
 *   <li>from a {@link LocalDateTime}: {@code HOURS} are exact; day-based units move the date and
 *       keep the time of day.</li>
 * </ul>
 * Calendar units are not moved off weekends or bank holidays: no seed asks for that, and
 * moving them later would let a deadline pass silently.
 *
 * @param amount how many units, at least 1
 * @param unit the unit counted in
 */
public record Timescale(int amount, TimescaleUnit unit) {

    public Timescale {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("a timescale must be at least 1 " + unit + ", was " + amount);
        }
    }

    public static Timescale workingDays(int amount) {
        return new Timescale(amount, TimescaleUnit.WORKING_DAYS);
    }

    public static Timescale hours(int amount) {
        return new Timescale(amount, TimescaleUnit.HOURS);
    }

    /** The age of {@code years} years and {@code months} months, reached that long after the date of birth. */
    public static Timescale age(int years, int months) {
        if (years < 0 || months < 0 || months > 11) {
            throw new IllegalArgumentException("an age is whole years and 0 to 11 months, was " + years + " years "
                    + months + " months");
        }
        return new Timescale(years * 12 + months, TimescaleUnit.AGE);
    }

    /** The last date on time for something due this timescale after {@code start}. */
    public LocalDate dueFrom(LocalDate start, WorkingDayCalendar calendar) {
        Objects.requireNonNull(start, "start");
        return switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, amount);
            case CALENDAR_DAYS -> start.plusDays(amount);
            case HOURS -> start.plusDays(wholeDaysCovering(amount));
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
            // Counted in months from the date of birth at once, so a birthday at a month's end clamps only once:
            // 31 May 2010 plus 15 years 9 months is 28 February 2026.
            case AGE -> start.plusMonths(amount);
        };
    }

    /** The moment something is due this timescale after {@code start}. */
    public LocalDateTime dueFrom(LocalDateTime start, WorkingDayCalendar calendar) {
        Objects.requireNonNull(start, "start");
        if (unit == TimescaleUnit.HOURS) {
            return start.plusHours(amount);
        }
        return dueFrom(start.toLocalDate(), calendar).atTime(start.toLocalTime());
    }

    /** The last date on time for something due this timescale before {@code end}. */
    public LocalDate dueBefore(LocalDate end, WorkingDayCalendar calendar) {
        Objects.requireNonNull(end, "end");
        return switch (unit) {
            case WORKING_DAYS -> calendar.subtractWorkingDays(end, amount);
            case CALENDAR_DAYS -> end.minusDays(amount);
            case HOURS -> end.minusDays(wholeDaysCovering(amount));
            case WEEKS -> end.minusWeeks(amount);
            case MONTHS -> end.minusMonths(amount);
            case AGE -> throw new UnsupportedOperationException("an age is reached after the date of birth, not before");
        };
    }

    /** The moment something is due this timescale before {@code end}. */
    public LocalDateTime dueBefore(LocalDateTime end, WorkingDayCalendar calendar) {
        Objects.requireNonNull(end, "end");
        if (unit == TimescaleUnit.HOURS) {
            return end.minusHours(amount);
        }
        return dueBefore(end.toLocalDate(), calendar).atTime(end.toLocalTime());
    }

    @Override
    public String toString() {
        if (unit == TimescaleUnit.AGE) {
            return "age " + amount / 12 + " years" + (amount % 12 == 0 ? "" : " " + amount % 12 + " months");
        }
        return amount + " " + unit.name().toLowerCase().replace('_', ' ');
    }

    private static long wholeDaysCovering(int hours) {
        return (hours + 23L) / 24L;
    }
}
