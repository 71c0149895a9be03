package io.casework.deadlines.domain;

import io.casework.timescales.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Today and how far "due soon" reaches from it: the due dates each of {@link Due} covers, the same for a worktray's
 * filter and its counts.
 *
 * @param soonWorkingDays how many working days ahead count as soon
 * @param soonUntil       the last day due soon: that many working days after today, counted as the timescales count
 */
public record DueHorizon(LocalDate today, int soonWorkingDays, LocalDate soonUntil) {

    public DueHorizon {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(soonUntil, "soonUntil");
    }

    public static DueHorizon of(LocalDate today, int soonWorkingDays, WorkingDayCalendar calendar) {
        return new DueHorizon(today, soonWorkingDays, calendar.addWorkingDays(today, soonWorkingDays));
    }

    /** The first due date of {@code due}, or null when it reaches back without end (overdue). */
    public LocalDate from(Due due) {
        return switch (due) {
            case OVERDUE -> null;
            case TODAY -> today;
            case SOON -> today.plusDays(1);
        };
    }

    /** The last due date of {@code due}. */
    public LocalDate to(Due due) {
        return switch (due) {
            case OVERDUE -> today.minusDays(1);
            case TODAY -> today;
            case SOON -> soonUntil;
        };
    }

    /** Which of {@link Due} a due date falls in, or null when it is later than soon. */
    public Due which(LocalDate dueDate) {
        if (dueDate.isBefore(today)) {
            return Due.OVERDUE;
        }
        if (dueDate.equals(today)) {
            return Due.TODAY;
        }
        return dueDate.isAfter(soonUntil) ? null : Due.SOON;
    }
}
