package io.casework.load;

import java.util.List;

/**
 * How far behind its schedule each measured virtual user arrived, a check on the load generator rather than on the
 * suite: on two cores shared with the services, a starved Gatling could start users late, and the latency timed from
 * the arrival would then leave the wait out. The schedule is one user every 1/rate seconds in the order Gatling
 * numbers them, from the earliest start it allows (the least late user is taken as on time).
 */
final class ArrivalLag {

    private ArrivalLag() {
    }

    static String of(List<Sample> measured, double rate) {
        if (measured.size() < 2) {
            return "too few to judge";
        }
        double period = 1e9 / rate;
        long firstUser = measured.stream().mapToLong(Sample::userId).min().orElseThrow();
        double origin = measured.stream()
                .mapToDouble(sample -> sample.startNanos() - (sample.userId() - firstUser) * period).min()
                .orElseThrow();
        long[] lagMicros = measured.stream()
                .mapToLong(sample -> (long) ((sample.startNanos() - origin - (sample.userId() - firstUser) * period)
                        / 1000))
                .sorted().toArray();
        return "behind the schedule by p50 " + Measure.percentile(lagMicros, 0.50) + " ms, p99 "
                + Measure.percentile(lagMicros, 0.99) + " ms, max " + Measure.percentile(lagMicros, 1.0) + " ms";
    }
}
