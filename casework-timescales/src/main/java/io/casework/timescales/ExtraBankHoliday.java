package io.casework.timescales;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank holiday added by proclamation after jollyday's data was written, or a bank holiday moved to
 * another day, as one entry of a bank holiday file.
 *
 * <p>Proclaimed days (a jubilee, a coronation, a state funeral) and moved days are announced months,
 * sometimes only days, ahead; an entry lets the suite keep them without waiting for a jollyday release.
 *
 * @param date the day kept as a bank holiday, a weekday
 * @param name the holiday's English name
 * @param replaces the bank holiday this day is kept instead of, which becomes a working day (the 2022
 *        spring bank holiday moved from Monday 30 May to Thursday 2 June); empty for an added day
 * @param source where the day was announced (a proclamation, the government's list of bank holidays)
 * @param origin the file the entry was read from
 */
public record ExtraBankHoliday(LocalDate date, String name, Optional<LocalDate> replaces, String source,
                               String origin) {

    public ExtraBankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(replaces, "replaces");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }

    /** The day as the calendar lists it: kept on its own date, so not a weekend substitute. */
    BankHoliday asBankHoliday() {
        return new BankHoliday(date, name, date);
    }
}
