package io.casework.visits.config;

import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The calendar and the clock every due date and "overdue" is worked out with. */
public class TimeProducers {

    /** English local authorities work to the date in England, whatever zone the server runs in. */
    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.englandAndWales();
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ENGLAND);
    }
}
