package io.casework.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MeasureTest {

    @Test
    void percentilesAreTheNearestRank() {
        long[] micros = new long[1000];
        for (int i = 0; i < micros.length; i++) {
            micros[i] = (i + 1) * 1000L; // 1 ms to 1000 ms
        }
        assertEquals(500.0, Measure.percentile(micros, 0.50));
        assertEquals(990.0, Measure.percentile(micros, 0.99));
        assertEquals(999.0, Measure.percentile(micros, 0.999));
        assertEquals(1000.0, Measure.percentile(micros, 1.0));
        // with fewer samples than 1/(1-q), the tail percentiles are the worst one
        assertEquals(3.0, Measure.percentile(new long[] {1000, 2000, 3000}, 0.99));
        assertEquals(2.0, Measure.percentile(new long[] {1000, 2000, 3000}, 0.50));
        assertNull(Measure.percentile(new long[0], 0.5));
    }

    @Test
    void failuresCountInTheLatenciesButNotInTheThroughput() {
        List<Sample> samples = new ArrayList<>();
        // 10 requests arriving 100 ms apart, each answered in 5 ms, the last one a 500 answered in 40 ms
        for (int i = 0; i < 10; i++) {
            long start = i * 100_000_000L;
            boolean last = i == 9;
            samples.add(new Sample(start, start + (last ? 40_000_000L : 5_000_000L), last ? 500 : 201, !last,
                    last ? 40 : 5, i));
        }
        Measure measure = Measure.of("notes-10", "createCaseNote, 10 a second", 10, 1, "writes-notes-10.samples",
                samples);
        assertEquals(10, measure.count());
        assertEquals(1, measure.errors());
        assertEquals(5.0, measure.p50());
        assertEquals(40.0, measure.p99());
        assertEquals(40.0, measure.max());
        // 9 answered in the second the phase lasted (its last answer came 0.94 s after its first arrival)
        assertEquals(9.0, measure.throughput());
        // answers that trail past the phase spread the successes over the longer time
        samples.add(new Sample(1_000_000_000L, 2_000_000_000L, 201, true, 1000, 10));
        assertEquals(5.0, Measure.of("notes-10", "createCaseNote, 10 a second", 10, 1, "writes-notes-10.samples",
                samples).throughput());
    }
}
