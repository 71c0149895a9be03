package io.casework.bench.report;

/** A target judged against one measure: the figure compared (null when the measure lacked it) and the outcome. */
public record Verdict(Target target, Double figure, boolean met) {
}
