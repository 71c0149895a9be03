package io.casework.visits.domain;

import io.casework.timescales.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When the next statutory visit is due. Frequencies are counted in working days (DOMAIN rule 19: weekends and
 * England and Wales bank holidays, substitute days included, do not count), so the one shared calendar decides,
 * never a second copy of it here.
 */
public final class VisitSchedule {

    private VisitSchedule() {
    }

    /**
     * The due date of the visit after {@code from}: {@code frequencyWorkingDays} working days later, {@code from}
     * itself not counted. {@code from} is the plan's start date for the first visit and the date of the last
     * statutory visit afterwards: the clock restarts when the child is actually seen.
     */
    public static LocalDate nextDue(LocalDate from, int frequencyWorkingDays, WorkingDayCalendar calendar) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(calendar, "calendar");
        if (frequencyWorkingDays < 1) {
            // Zero would make a visit due the day it was done; a plan without visits is not a visit plan.
            throw new IllegalArgumentException("a visit frequency must be at least 1 working day: "
                    + frequencyWorkingDays);
        }
        return calendar.addWorkingDays(from, frequencyWorkingDays);
    }
}
