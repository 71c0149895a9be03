package io.casework.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The benchmarks' one way of summing up latencies: p50, p90 (or p95), p99 and the worst, in milliseconds. */
final class Percentiles {

    private Percentiles() {
    }

    static String of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "no samples";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", at(sorted, 0.50),
                at(sorted, 0.90), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    /** p50, p95, p99 and the worst, in milliseconds: for latency targets stated at p99 with p95 beside them. */
    static String withP95(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "no samples";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    // The nearest-rank percentile: the smallest sample with at least this share of samples at or below it.
    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
