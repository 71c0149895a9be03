package io.casework.bench.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LatencyDistributionTest {

    /** 1 ms, 2 ms, ... 1,000 ms, shuffled into the order a run might record them. */
    private static LatencyDistribution oneToThousandMillis() {
        long[] micros = LongStream.rangeClosed(1, 1000).map(ms -> ((ms * 7919) % 1000 + 1) * 1000).toArray();
        return LatencyDistribution.ofMicros(micros);
    }

    @Test
    @DisplayName("Samples are in microseconds and plotted in milliseconds, whatever order they came in")
    void units() {
        LatencyDistribution latencies = oneToThousandMillis();
        assertThat(latencies.count()).isEqualTo(1000);
        assertThat(latencies.minMillis()).isEqualTo(1.0);
        assertThat(latencies.maxMillis()).isEqualTo(1000.0);
    }

    @Test
    @DisplayName("The curve starts at the fastest at 0% and ends at the slowest at x = n, not at infinity")
    void ends() {
        List<LatencyDistribution.Point> curve = oneToThousandMillis().curve(20);
        assertThat(curve.get(0)).isEqualTo(new LatencyDistribution.Point(1, 1.0));
        LatencyDistribution.Point last = curve.get(curve.size() - 1);
        assertThat(last.x()).isCloseTo(1000, within(1e-9));
        assertThat(last.millis()).isEqualTo(1000.0);
    }

    @Test
    @DisplayName("At x = 10 (90%) and x = 100 (99%) the curve shows the latency that 90% and 99% of the run beat")
    void decades() {
        List<LatencyDistribution.Point> curve = oneToThousandMillis().curve(20);
        assertThat(curve).anySatisfy(point -> {
            assertThat(point.x()).isCloseTo(10, within(1e-9));
            assertThat(point.millis()).isEqualTo(901.0);
        });
        assertThat(curve).anySatisfy(point -> {
            assertThat(point.x()).isCloseTo(100, within(1e-9));
            assertThat(point.millis()).isEqualTo(991.0);
        });
    }

    @Test
    @DisplayName("The curve only rises, left to right, and thins a long run to about the points a decade asked for")
    void shape() {
        long[] micros = LongStream.range(0, 1_000_000).map(i -> 500 + (i * 104_729) % 90_000).toArray();
        List<LatencyDistribution.Point> curve = LatencyDistribution.ofMicros(micros).curve(50);
        // Six decades from x = 1 to x = 1,000,000, 50 points each, and the maximum.
        assertThat(curve).hasSizeLessThanOrEqualTo(6 * 50 + 1);
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).x()).isGreaterThan(curve.get(i - 1).x());
            assertThat(curve.get(i).millis()).isGreaterThanOrEqualTo(curve.get(i - 1).millis());
        }
    }

    @Test
    @DisplayName("A run of one latency is a single point; a run of none is refused")
    void tinyRuns() {
        assertThat(LatencyDistribution.ofMicros(new long[] {2500}).curve(10))
                .containsExactly(new LatencyDistribution.Point(1, 2.5));
        assertThatThrownBy(() -> LatencyDistribution.ofMicros(new long[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
