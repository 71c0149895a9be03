package io.casework.bench.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figure of a measure that a target is about, spelt in the results files as the benchmark writes it. */
public enum Metric {
    P50("p50", "p50"),
    P99("p99", "p99"),
    P999("p999", "p99.9"),
    MAX("max", "max"),
    VALUE("value", "value"),
    RATIO("ratio", "ratio to ceiling");

    private final String key;
    private final String displayName;

    Metric(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** How a reader knows the figure: "p999" is the file's spelling, "p99.9" the table's. */
    public String displayName() {
        return displayName;
    }

    /** A latency percentile or the maximum, shown in the measure's unit; value and ratio are not latencies. */
    public boolean isLatency() {
        return this != VALUE && this != RATIO;
    }

    @JsonCreator
    public static Metric fromKey(String key) {
        String wanted = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(metric -> metric.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown target metric '" + key + "': one of "
                        + Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", "))));
    }
}
