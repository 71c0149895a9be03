package io.casework.load;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * What a run is asked for, from system properties ({@code mvn gatling:test -Drate=50 -Dseconds=30}): the arrival rate
 * and how long it is kept up, the warm-up before it at the same rate, where the results go, and the services'
 * per-person rate limit the load has to stay under (0 when it has been lifted).
 */
record LoadSettings(double rate, int seconds, int warmUpSeconds, Path resultsDir, int rateLimit) {

    /** The services' default: 300 calls a person in each window of 10 s ({@code casework.rate-limit.*}). */
    static final int SERVICES_RATE_LIMIT = 300;

    static LoadSettings fromSystemProperties() {
        LoadSettings settings = new LoadSettings(
                Double.parseDouble(System.getProperty("rate", "50")),
                Integer.getInteger("seconds", 30),
                Integer.getInteger("warmUp", 10),
                Path.of(System.getProperty("results.dir", "target/benchmarks/results")).toAbsolutePath(),
                Integer.getInteger("rate.limit", SERVICES_RATE_LIMIT));
        if (settings.rate() <= 0 || settings.seconds() <= 0 || settings.warmUpSeconds() < 0) {
            throw new IllegalArgumentException("rate and seconds must be positive, warmUp not negative: " + settings);
        }
        return settings;
    }

    /** How many virtual users the run starts in all, warm-up included: each makes one request. */
    long arrivals() {
        return Math.round(rate * (warmUpSeconds + seconds));
    }

    /** The rate as it is written in a measure's id and label: 50, not 50.0; 2.5 as it is. */
    String rateText() {
        return BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
    }
}
