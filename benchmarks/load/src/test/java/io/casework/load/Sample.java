package io.casework.load;

/**
 * One measured request: when its virtual user arrived and when the answer was in ({@link System#nanoTime()}), the
 * HTTP status (0 when none came: a timeout or a broken connection), whether every check passed, Gatling's own
 * response time, which it keeps in whole milliseconds only (-1 without an answer), and Gatling's number for the
 * virtual user, given in the order of arrival.
 */
record Sample(long startNanos, long endNanos, int status, boolean ok, long gatlingMillis, long userId) {

    long micros() {
        return (endNanos - startNanos) / 1_000;
    }
}
