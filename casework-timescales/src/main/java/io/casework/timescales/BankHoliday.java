package io.casework.timescales;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One England and Wales bank holiday as it is kept, which is the day offices close.
 *
 * <p>When a holiday falls at a weekend the day kept is the substitute weekday ({@code date}),
 * and {@code substituteFor} holds the calendar date it stands in for; otherwise the two are the
 * same day. Timescales count only {@code date}: the weekend day is not a working day anyway.
 *
 * @param date the day kept as a bank holiday
 * @param name the holiday's English name, with "(substitute day)" added for a substitute
 * @param substituteFor the day the holiday itself falls on
 */
public record BankHoliday(LocalDate date, String name, LocalDate substituteFor) {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(substituteFor, "substituteFor");
    }

    /** True when this is a weekday kept in place of a holiday that fell at a weekend. */
    public boolean isSubstituteDay() {
        return !date.equals(substituteFor);
    }
}
