package io.casework.bench.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * One figure a part of the benchmark measured. Either a latency measure (p50, p99, p99.9 and max, with the count,
 * errors, arrival rate and throughput of the run when the part knows them) or a value measure (one number and its
 * unit, such as inserts a second). {@code samples} names a file of the raw latencies beside the results, for the plot.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Measure(
        String id,
        String label,
        String unit,
        Long count,
        Long errors,
        Double rate,
        Double throughput,
        Double p50,
        Double p99,
        Double p999,
        Double max,
        Double value,
        String samples,
        Target target,
        Ceiling ceiling) {

    public boolean isLatency() {
        return Stream.of(p50, p99, p999, max).anyMatch(figure -> figure != null);
    }

    public boolean isValue() {
        return value != null;
    }

    /** The label to show; the id when the benchmark gave none, so that no row is nameless. */
    public String displayLabel() {
        return label != null && !label.isBlank() ? label.trim() : id;
    }

    public Optional<Double> figure(Metric metric) {
        Double figure = switch (metric) {
            case P50 -> p50;
            case P99 -> p99;
            case P999 -> p999;
            case MAX -> max;
            case VALUE -> value;
            case RATIO -> ceiling == null ? null : ceiling.ratio();
        };
        return Optional.ofNullable(figure);
    }

    public Optional<Verdict> verdict() {
        return Optional.ofNullable(target).map(t -> t.judge(this));
    }

    public Optional<String> samplesFile() {
        return samples == null || samples.isBlank() ? Optional.empty() : Optional.of(samples.trim());
    }
}
