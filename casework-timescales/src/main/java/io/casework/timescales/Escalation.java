package io.casework.timescales;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of what happens when a tracked deadline is breached: the role told, and how long after the due date.
 *
 * @param role who is told
 * @param after how long past the due date; empty means as soon as the deadline is missed
 */
public record Escalation(DeadlineRole role, Optional<Timescale> after) {

    public Escalation {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(after, "after");
    }

    /** The day this step is due for a deadline missed on {@code dueDate}: that date itself when there is no delay. */
    public LocalDate escalatesOn(java.time.LocalDate dueDate, WorkingDayCalendar calendar) {
        return after.map(delay -> delay.dueFrom(dueDate, calendar)).orElse(dueDate);
    }
}
