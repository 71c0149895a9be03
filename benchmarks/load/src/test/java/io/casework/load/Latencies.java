package io.casework.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The measured requests of a run, collected from Gatling's threads as each answer comes in. Kept whole rather than as
 * a histogram: a run is thousands of requests, and every latency is written out for the percentile plots.
 */
final class Latencies {

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    void record(Sample sample) {
        samples.add(sample);
    }

    /** Every sample, in the order the virtual users arrived. */
    List<Sample> inArrivalOrder() {
        List<Sample> ordered = new ArrayList<>(samples);
        ordered.sort(Comparator.comparingLong(Sample::startNanos));
        return ordered;
    }
}
