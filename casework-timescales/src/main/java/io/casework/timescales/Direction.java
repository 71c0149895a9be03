package io.casework.timescales;

/**
 * Whether a timescale runs on from its trigger or ends at it. Most run on ("within 5 working
 * days of the core group"); reports for a meeting are due before it ("3 working days before
 * the review meeting"), so the amount stays positive and the direction says which way to count.
 */
public enum Direction {
    /** Due the timescale after the trigger. */
    AFTER,
    /** Due the timescale before the trigger (a meeting that has been scheduled). */
    BEFORE
}
