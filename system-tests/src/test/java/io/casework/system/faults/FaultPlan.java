package io.casework.system.faults;

import java.time.Duration;

/**
 * How long and how often each fault test runs. The short form (the README's test command) injects each fault once
 * under a light load; the long form ({@code scripts/fault-tests.sh}, or {@code -Dcasework.faults=long}) keeps the
 * load up for minutes and repeats every fault.
 *
 * @param workers       social workers writing at once
 * @param pause         each worker's pause between two children
 * @param warmUp        load before the first fault
 * @param between       load after each fault is cleared, before the next one (or the end)
 * @param repeats       how many times the fault is injected
 * @param outage        how long a database or server stays away
 * @param longOutage    how long a consumer's database refuses connections: longer than every connector and pool
 *                      timeout that applies (pool acquisition 5 s, Kafka session 10 s, transaction 30 s); the long
 *                      form also outlasts SmallRye's unacknowledged-record check (60 s), which the suite turns off
 * @param settle        how long the suite may take to catch up once the load stops
 */
public record FaultPlan(int workers, Duration pause, Duration warmUp, Duration between, int repeats, Duration outage,
                        Duration longOutage, Duration settle) {

    public static final FaultPlan SHORT = new FaultPlan(2, Duration.ofMillis(500), Duration.ofSeconds(3),
            Duration.ofSeconds(2), 1, Duration.ofSeconds(8), Duration.ofSeconds(40), Duration.ofSeconds(120));

    // The same rate as the short form, for minutes: on two cores deadlines-service applies about 80 events a
    // second, and a heavier load would only measure its growing lag, not recovery from the fault.
    public static final FaultPlan LONG = new FaultPlan(2, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofSeconds(30), 3, Duration.ofSeconds(45), Duration.ofSeconds(150), Duration.ofSeconds(300));

    public static FaultPlan chosen() {
        return "long".equalsIgnoreCase(System.getProperty("casework.faults", "short")) ? LONG : SHORT;
    }
}
