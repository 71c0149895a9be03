package io.casework.timescales;

/**
 * The units the seeds count timescales in.
 *
 * <p>Only {@link #WORKING_DAYS} skips weekends and bank holidays. The others are plain
 * calendar arithmetic: "within 24 hours of a referral" is not paused by a weekend, and
 * "every 3 months" is a calendar month (31 January plus one month is the last day of February).
 * {@link #AGE} is not a length of time but an age to be reached.
 */
public enum TimescaleUnit {
    /** Days the office is open: see {@link WorkingDayCalendar}. */
    WORKING_DAYS,
    /** Every day, weekends and bank holidays included. */
    CALENDAR_DAYS,
    /** Elapsed hours of the clock, not office hours. */
    HOURS,
    /** Calendar weeks of seven days. */
    WEEKS,
    /** Calendar months. */
    MONTHS,
    /**
     * An age reached, counted from the date of birth ("by 16 years and 3 months", "on or before 15 years 9 months").
     * The amount is the age in whole months; a rule set file writes it as {@code years} and {@code months}.
     */
    AGE
}
