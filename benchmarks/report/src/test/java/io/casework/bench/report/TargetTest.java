package io.casework.bench.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetTest {

    private static Measure latency(double p99, Target target) {
        return new Measure("notes-50", "createCaseNote, 50 a second", "ms", 1500L, 0L, 50.0, 49.8,
                7.1, p99, 40.2, 55.0, null, null, target, null);
    }

    private static Measure value(double value, Target target, Ceiling ceiling) {
        return new Measure("note-throughput", "createCaseNote, closed loop", "writes/s", null, null, null, null,
                null, null, null, null, value, null, target, ceiling);
    }

    @Test
    @DisplayName("A max is met at or under it and missed over it")
    void max() {
        Target target = new Target(Metric.P99, null, 20.0, "p99 under 20 ms");
        assertThat(target.judge(latency(20.0, target)).met()).isTrue();
        Verdict missed = target.judge(latency(47.2, target));
        assertThat(missed.met()).isFalse();
        assertThat(missed.figure()).isEqualTo(47.2);
    }

    @Test
    @DisplayName("A min is met at or over it; a ratio target reads the ceiling's ratio")
    void minAndRatio() {
        Target half = new Target(Metric.RATIO, 0.5, null, "half the plain insert");
        assertThat(half.judge(value(1012, half, new Ceiling("plain-insert", 0.23))).met()).isFalse();
        assertThat(half.judge(value(2300, half, new Ceiling("plain-insert", 0.52))).met()).isTrue();
        Target floor = new Target(Metric.VALUE, 300.0, null, null);
        assertThat(floor.judge(value(385.6, floor, null)).met()).isTrue();
    }

    @Test
    @DisplayName("A target whose figure was not measured is missed, never quietly met")
    void notMeasured() {
        Target half = new Target(Metric.RATIO, 0.5, null, "half the plain insert");
        Verdict verdict = half.judge(value(1012, half, null));
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.figure()).isNull();
        assertThat(new Target(Metric.P50, null, 5.0, null).admits(Double.NaN)).isFalse();
    }

    @Test
    @DisplayName("Without a label, the target is worded from its metric, bounds and the measure's unit")
    void wording() {
        assertThat(new Target(Metric.P999, null, 50.0, null).describe("ms")).isEqualTo("p99.9 at most 50 ms");
        assertThat(new Target(Metric.VALUE, 300.0, 1000.0, " ").describe("reads/s"))
                .isEqualTo("value at least 300 reads/s and at most 1,000 reads/s");
        assertThat(new Target(Metric.RATIO, 0.5, null, null).describe("writes/s"))
                .isEqualTo("ratio to ceiling at least 0.5");
        assertThat(new Target(Metric.P99, null, 20.0, "p99 under 20 ms").describe("ms")).isEqualTo("p99 under 20 ms");
    }

    @Test
    @DisplayName("Metrics are spelt as the results files spell them; an unknown one is refused by name")
    void metrics() {
        assertThat(Metric.fromKey("p999")).isEqualTo(Metric.P999);
        assertThat(Metric.fromKey("P99")).isEqualTo(Metric.P99);
        assertThatThrownBy(() -> Metric.fromKey("p95"))
                .hasMessageContaining("p95").hasMessageContaining("p50, p99, p999, max, value, ratio");
    }
}
