package io.casework.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The latencies of one measure, sorted, and the percentile curve drawn from them.
 *
 * <p>The curve puts the i-th smallest of n latencies (counting from 0) at the percentile i/n: the share of the run
 * that was faster. The fastest lands at 0% and the slowest at 1 - 1/n, which on the 1/(1-p) scale is x = n, so the
 * curve ends at the maximum the table reports instead of running off to infinity, as "100%" would.
 */
public final class LatencyDistribution {

    private final long[] sortedMicros;

    private LatencyDistribution(long[] sortedMicros) {
        this.sortedMicros = sortedMicros;
    }

    public static LatencyDistribution ofMicros(long[] micros) {
        if (micros.length == 0) {
            throw new IllegalArgumentException("a distribution needs at least one latency");
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new LatencyDistribution(sorted);
    }

    public int count() {
        return sortedMicros.length;
    }

    public double minMillis() {
        return toMillis(sortedMicros[0]);
    }

    public double maxMillis() {
        return toMillis(sortedMicros[sortedMicros.length - 1]);
    }

    /**
     * The curve as points (x on the 1/(1-p) scale, latency in milliseconds), at most about {@code pointsPerDecade}
     * to each tenfold step of x. A run of a million requests would otherwise draw a million points for a line a few
     * hundred pixels long; every point kept is a real latency at its true place, and the slowest is always kept.
     */
    public List<Point> curve(int pointsPerDecade) {
        if (pointsPerDecade < 1) {
            throw new IllegalArgumentException("at least one point a decade, not " + pointsPerDecade);
        }
        int n = sortedMicros.length;
        List<Point> points = new ArrayList<>();
        int previous = -1;
        for (int step = 0; ; step++) {
            double wantedX = Math.pow(10, (double) step / pointsPerDecade);
            if (wantedX >= n) {
                break;
            }
            int index = indexAtOrBelow(wantedX, n);
            if (index != previous) {
                points.add(pointAt(index));
                previous = index;
            }
        }
        if (previous != n - 1) {
            points.add(pointAt(n - 1));
        }
        return points;
    }

    /** The latest latency whose place i/n is no further along than the place x asks for: 1 - 1/x. */
    private static int indexAtOrBelow(double x, int n) {
        // The small allowance keeps x = 10 on n = 1000 at index 900, where rounding in pow or the division would
        // otherwise drop it to 899.
        int index = (int) Math.floor(n - n / x + 1e-9);
        return Math.max(0, Math.min(n - 1, index));
    }

    private Point pointAt(int index) {
        int n = sortedMicros.length;
        return new Point(PercentileScale.xOf((double) index / n), toMillis(sortedMicros[index]));
    }

    private static double toMillis(long micros) {
        return micros / 1000.0;
    }

    /** One point of the curve: x on the 1/(1-p) scale, y the latency in milliseconds. */
    public record Point(double x, double millis) {
    }
}
