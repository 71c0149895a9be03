package io.casework.bench.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    @DisplayName("Latencies keep one decimal below 100 and none from 100 up, with thousands separated")
    void decimals() {
        assertThat(Figures.decimal(7.1)).isEqualTo("7.1");
        assertThat(Figures.decimal(20)).isEqualTo("20.0");
        assertThat(Figures.decimal(99.94)).isEqualTo("99.9");
        assertThat(Figures.decimal(140.2)).isEqualTo("140");
        assertThat(Figures.decimal(1312.7)).isEqualTo("1,313");
        assertThat(Figures.decimal(0)).isEqualTo("0.0");
    }

    @Test
    @DisplayName("A figure that rounds up to 100 is shown whole, not as 100.0")
    void roundingAcrossHundred() {
        assertThat(Figures.decimal(99.96)).isEqualTo("100");
    }

    @Test
    @DisplayName("A sub-millisecond latency keeps two significant figures rather than showing as 0.0")
    void belowOne() {
        assertThat(Figures.decimal(0.42)).isEqualTo("0.42");
        assertThat(Figures.decimal(0.05)).isEqualTo("0.05");
        assertThat(Figures.decimal(0.0123)).isEqualTo("0.012");
        assertThat(Figures.decimal(0.996)).isEqualTo("1.0");
    }

    @Test
    @DisplayName("Whole quantities lose the decimal; counts are separated in thousands")
    void quantitiesAndCounts() {
        assertThat(Figures.quantity(50)).isEqualTo("50");
        assertThat(Figures.quantity(4321)).isEqualTo("4,321");
        assertThat(Figures.quantity(49.8)).isEqualTo("49.8");
        assertThat(Figures.quantity(4410.4)).isEqualTo("4,410");
        assertThat(Figures.count(1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    @DisplayName("Units follow the number after a space, and a missing unit leaves no trailing space")
    void units() {
        assertThat(Figures.withUnit("7.1", "ms")).isEqualTo("7.1 ms");
        assertThat(Figures.withUnit("7.1", null)).isEqualTo("7.1");
        assertThat(Figures.withUnit("7.1", " ")).isEqualTo("7.1");
    }

    @Test
    @DisplayName("Ratios to two places, durations as a person says them")
    void ratiosAndDurations() {
        assertThat(Figures.ratio(0.4249)).isEqualTo("0.42");
        assertThat(Figures.duration(45)).isEqualTo("45 s");
        assertThat(Figures.duration(1100)).isEqualTo("18 min 20 s");
        assertThat(Figures.duration(1200)).isEqualTo("20 min");
        assertThat(Figures.duration(3900)).isEqualTo("1 h 5 min");
        assertThat(Figures.duration(7199)).isEqualTo("2 h");
    }
}
