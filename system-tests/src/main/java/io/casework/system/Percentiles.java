package io.casework.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

/** The benchmarks' one way of summing up latencies: p50, p90 (or p95), p99 and the worst, in milliseconds. */
final class Percentiles {

    private Percentiles() {
    }

    static String of(List<Long> nanos) {
        return summary(nanos, 0.50, 0.90, 0.99);
    }

    /** p50, p95, p99 and the worst, in milliseconds: for latency targets stated at p99 with p95 beside them. */
    static String withP95(List<Long> nanos) {
        return summary(nanos, 0.50, 0.95, 0.99);
    }

    /** p50, p99, p99.9 and the worst, in milliseconds: for delays under a steady load, where the tail is the point. */
    static String tail(List<Long> nanos) {
        return summary(nanos, 0.50, 0.99, 0.999);
    }

    // "p50 1.2 ms, p99 3.4 ms, ..., max 5.6 ms"; a quantile's name is its percentage, as short as it reads.
    private static String summary(List<Long> nanos, double... quantiles) {
        if (nanos.isEmpty()) {
            return "no samples";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return DoubleStream.of(quantiles)
                .mapToObj(q -> String.format("p%s %.1f ms",
                        BigDecimal.valueOf(q).movePointRight(2).stripTrailingZeros().toPlainString(), at(sorted, q)))
                .collect(Collectors.joining(", ", "", String.format(", max %.1f ms",
                        sorted.get(sorted.size() - 1) / 1e6)));
    }

    // The nearest-rank percentile: the smallest sample with at least this share of samples at or below it.
    static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
