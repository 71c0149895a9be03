package io.casework.deadlines.domain;

import io.casework.timescales.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an open deadline stands today, as a worktray shows it.
 *
 * @param overdue         true once the due date has passed (due today is not overdue yet)
 * @param workingDaysLeft working days from today to the due date, counted as the timescales count them: 0 when due
 *                        today, 1 when due on the next working day, negative by the working days since when overdue
 */
public record Countdown(boolean overdue, int workingDaysLeft) {

    public static Countdown of(LocalDate dueDate, LocalDate today, WorkingDayCalendar calendar) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(today, "today");
        return new Countdown(today.isAfter(dueDate), calendar.workingDaysBetween(today, dueDate));
    }
}
