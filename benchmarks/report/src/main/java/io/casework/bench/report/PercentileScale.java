package io.casework.bench.report;

import java.util.Locale;

/**
 * The percentile axis as HdrHistogram draws it: a percentile p sits at x = 1/(1-p) on a logarithmic scale, so that
 * 90%, 99%, 99.9% and 99.99% are evenly spaced and the tail, where the trouble is, gets as much room as the median.
 */
public final class PercentileScale {

    private PercentileScale() {
    }

    /** Where percentile p (a fraction: 0.99 for p99) sits on the axis. */
    public static double xOf(double percentile) {
        if (percentile < 0 || percentile >= 1) {
            throw new IllegalArgumentException("a percentile from 0 up to, not including, 1: " + percentile);
        }
        return 1 / (1 - percentile);
    }

    /** The percentile at x, the inverse of {@link #xOf}. */
    public static double percentileAt(double x) {
        return 1 - 1 / x;
    }

    /**
     * The label for a tick: 0%, 90%, 99%, 99.9%, 99.99% at x = 1, 10, 100, 1,000, 10,000, with as many decimals as
     * the decade needs and no more, so 99.9% is never printed 99.900%.
     */
    public static String label(double x) {
        double decades = Math.log10(x);
        long whole = Math.round(decades);
        if (Math.abs(decades - whole) < 1e-9) {
            int decimals = (int) Math.max(0, whole - 2);
            return String.format(Locale.UK, "%." + decimals + "f%%", 100 * percentileAt(x));
        }
        // Between decades (never a tick here, but a label asked for must still be true): enough decimals to tell.
        return String.format(Locale.UK, "%.4g%%", 100 * percentileAt(x));
    }

    /**
     * The right end of the axis: the first whole decade at or beyond the longest curve (a run of n latencies ends at
     * x = n), and never short of 99% so that a short run's plot still shows where the tail would be.
     */
    public static double upperBound(int largestCount) {
        double decades = Math.ceil(Math.log10(Math.max(largestCount, 100)) - 1e-9);
        return Math.pow(10, decades);
    }
}
