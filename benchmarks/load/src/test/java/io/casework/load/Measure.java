package io.casework.load;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run measured, as a measure of writes.json: how many requests, how many failed, the successful answers a
 * second, and latency percentiles in milliseconds computed here from every sample by nearest rank (the smallest
 * latency with at least that share of the samples at or below it), not taken from Gatling's report. Every measured
 * request counts in the percentiles, a failed one too: under an open model a refusal or a timeout is what that
 * arrival got, and dropping it would flatter the tail.
 *
 * @param throughput successful answers a second over the measured phase: from its first arrival for as long as it
 *                   was asked to last, or until its last answer if that came later
 * @param p50        and the other latencies, in milliseconds to a tenth; null when nothing was measured
 */
record Measure(String id, String label, long count, long errors, double rate, double throughput, Double p50,
               Double p99, Double p999, Double max, String samples) {

    static Measure of(String id, String label, double rate, int seconds, String samplesFile, List<Sample> measured) {
        long errors = measured.stream().filter(sample -> !sample.ok()).count();
        long[] micros = measured.stream().mapToLong(Sample::micros).sorted().toArray();
        double throughput = 0;
        if (!measured.isEmpty()) {
            long first = measured.stream().mapToLong(Sample::startNanos).min().orElseThrow();
            long last = measured.stream().mapToLong(Sample::endNanos).max().orElseThrow();
            throughput = tenths((measured.size() - errors) / Math.max(seconds, (last - first) / 1e9));
        }
        return new Measure(id, label, measured.size(), errors, rate, throughput, percentile(micros, 0.50),
                percentile(micros, 0.99), percentile(micros, 0.999), percentile(micros, 1.0), samplesFile);
    }

    /** The nearest-rank percentile of sorted latencies in microseconds, in milliseconds. */
    static Double percentile(long[] sortedMicros, double quantile) {
        if (sortedMicros.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(quantile * sortedMicros.length);
        return tenths(sortedMicros[Math.max(1, rank) - 1] / 1000.0);
    }

    /** How many measured requests got each status (0: no answer), for the console: 429s show the rate limit. */
    static Map<Integer, Long> statuses(List<Sample> measured) {
        Map<Integer, Long> counts = new TreeMap<>();
        measured.forEach(sample -> counts.merge(sample.status(), 1L, Long::sum));
        return counts;
    }

    /** Gatling's own p50 and p99 of the same requests, in its whole milliseconds: a check on the clock used here. */
    static String gatlingView(List<Sample> measured) {
        long[] millis = measured.stream().mapToLong(Sample::gatlingMillis).filter(ms -> ms >= 0).sorted().toArray();
        if (millis.length == 0) {
            return "none";
        }
        long[] asMicros = Arrays.stream(millis).map(ms -> ms * 1000).toArray();
        return "p50 " + percentile(asMicros, 0.50) + " ms, p99 " + percentile(asMicros, 0.99) + " ms";
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
