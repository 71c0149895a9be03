package io.casework.bench.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a measure ought to reach: its {@link Metric} at most {@code max}, at least {@code min}, or both. The label is
 * the benchmark's own words for it ("p99 under 20 ms"); without one, the report words it from the bounds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Target(Metric metric, Double min, Double max, String label) {

    /** Whether the figure is within the bounds; a measure with no figure for the metric has not met its target. */
    public Verdict judge(Measure measure) {
        Optional<Double> figure = measure.figure(metric);
        boolean met = figure.filter(this::admits).isPresent();
        return new Verdict(this, figure.orElse(null), met);
    }

    boolean admits(double figure) {
        // NaN fails both comparisons, so a figure the benchmark could not compute is never counted as met.
        boolean underMax = max == null || figure <= max;
        boolean overMin = min == null || figure >= min;
        return underMax && overMin && !Double.isNaN(figure);
    }

    /**
     * The target in words: the benchmark's label, or "p99 at most 20 ms" made from the bounds and the measure's unit
     * (a ratio has none).
     */
    public String describe(String unit) {
        if (label != null && !label.isBlank()) {
            return label.trim();
        }
        String boundUnit = metric == Metric.RATIO ? null : unit;
        List<String> bounds = new ArrayList<>();
        if (min != null) {
            bounds.add("at least " + Figures.withUnit(Figures.quantity(min), boundUnit));
        }
        if (max != null) {
            bounds.add("at most " + Figures.withUnit(Figures.quantity(max), boundUnit));
        }
        return metric.displayName() + " " + String.join(" and ", bounds);
    }
}
