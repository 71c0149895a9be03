package io.casework.timescales;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a subject access request must be answered (UK GDPR Art. 12(3)): "without undue delay and in any event within
 * one month of receipt", extendable "by two further months where necessary, taking into account the complexity and
 * number of the requests", the requester being told of the extension, with the reasons, within the first month.
 *
 * <p>Counted as the Information Commissioner's guidance reads the article: from the day the request is received (that
 * day is day one, whatever the time) to the corresponding calendar date in the next month; when the next month has no
 * such date (a request received on 31 January), the last day of that month; and when that day is not a working day,
 * the next working day. The working days are the suite's one calendar, England and Wales bank holidays included
 * ({@link WorkingDayCalendar}), so that this deadline and every other one agree about which days count.
 *
 * <p>Plain Java with no state beyond the calendar: thread-safe.
 */
public final class SubjectAccessPeriod {

    /** The period Art. 12(3) gives, in months. */
    public static final int MONTHS = 1;

    /** The further months a complex request may be given (Art. 12(3)). */
    public static final int FURTHER_MONTHS = 2;

    private final WorkingDayCalendar calendar;

    public SubjectAccessPeriod(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The period on the England and Wales calendar. */
    public static SubjectAccessPeriod englandAndWales() {
        return new SubjectAccessPeriod(WorkingDayCalendar.englandAndWales());
    }

    /** The day by which a request received on {@code receivedOn} must be answered. */
    public LocalDate dueOn(LocalDate receivedOn) {
        return monthsAfter(receivedOn, MONTHS);
    }

    /** The day by which a complex request received on {@code receivedOn} must be answered once extended. */
    public LocalDate extendedDueOn(LocalDate receivedOn) {
        return monthsAfter(receivedOn, MONTHS + FURTHER_MONTHS);
    }

    /**
     * Whether an extension decided on {@code decidedOn} is still in time: the requester must be told within the first
     * month, so no later than the day the request was first due.
     */
    public boolean extensionInTime(LocalDate receivedOn, LocalDate decidedOn) {
        Objects.requireNonNull(decidedOn, "decidedOn");
        return !decidedOn.isAfter(dueOn(receivedOn));
    }

    private LocalDate monthsAfter(LocalDate receivedOn, int months) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        // plusMonths keeps the day of the month, or takes the month's last day when it has no such day: exactly the
        // ICO's "corresponding calendar date", else "the last day of the following month".
        LocalDate corresponding = receivedOn.plusMonths(months);
        return calendar.isWorkingDay(corresponding) ? corresponding : calendar.nextWorkingDay(corresponding);
    }
}
