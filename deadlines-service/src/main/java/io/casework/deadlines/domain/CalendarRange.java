package io.casework.deadlines.domain;

import java.time.LocalDate;

/**
 * The years the public calendar answers for. From 1971, when the Banking and Financial Dealings Act set the bank
 * holidays in force today, to 2100, far beyond any timescale the suite tracks. The bound also keeps a public,
 * unauthenticated endpoint from being asked to walk through thousands of years.
 */
public final class CalendarRange {

    public static final int FIRST_YEAR = 1971;
    public static final int LAST_YEAR = 2100;

    private CalendarRange() {
    }

    public static boolean contains(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean contains(LocalDate date) {
        return contains(date.getYear());
    }
}
