package io.casework.bench.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PercentileScaleTest {

    @Test
    @DisplayName("A percentile p sits at 1/(1-p): p90 at 10, p99 at 100, p99.9 at 1,000")
    void positions() {
        assertThat(PercentileScale.xOf(0)).isEqualTo(1.0);
        assertThat(PercentileScale.xOf(0.9)).isCloseTo(10, within(1e-9));
        assertThat(PercentileScale.xOf(0.99)).isCloseTo(100, within(1e-9));
        assertThat(PercentileScale.xOf(0.999)).isCloseTo(1000, within(1e-6));
        assertThat(PercentileScale.percentileAt(PercentileScale.xOf(0.5))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    @DisplayName("100% has no place on the scale: it is infinitely far along")
    void hundredPercent() {
        assertThatThrownBy(() -> PercentileScale.xOf(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Ticks read 0%, 90%, 99%, 99.9%, 99.99% with no trailing zeros")
    void tickLabels() {
        assertThat(PercentileScale.label(1)).isEqualTo("0%");
        assertThat(PercentileScale.label(10)).isEqualTo("90%");
        assertThat(PercentileScale.label(100)).isEqualTo("99%");
        assertThat(PercentileScale.label(1000)).isEqualTo("99.9%");
        assertThat(PercentileScale.label(10_000)).isEqualTo("99.99%");
        assertThat(PercentileScale.label(100_000)).isEqualTo("99.999%");
    }

    @Test
    @DisplayName("The axis ends at the first whole decade the longest curve reaches, and never short of 99%")
    void upperBound() {
        assertThat(PercentileScale.upperBound(1500)).isEqualTo(10_000);
        assertThat(PercentileScale.upperBound(1000)).isEqualTo(1000);
        assertThat(PercentileScale.upperBound(12)).isEqualTo(100);
    }
}
