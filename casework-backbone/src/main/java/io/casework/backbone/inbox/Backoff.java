package io.casework.backbone.inbox;

import java.time.Duration;

/**
 * Exponential backoff, capped, with jitter: after the n-th failure the pause is drawn between half and all of
 * {@code min(max, initial * 2^(n-1))}, so that replicas failing together do not retry in step.
 */
public record Backoff(Duration initial, Duration max) {

    /** Refuses a backoff that would spin (no pause) or whose cap is below its first pause, naming the settings. */
    public Backoff {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalStateException("casework.events.retry.initial-backoff must be above zero, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalStateException("casework.events.retry.max-backoff (" + max
                    + ") must be at least casework.events.retry.initial-backoff (" + initial + ")");
        }
    }

    /**
     * @param failures how many attempts have failed so far, from 1
     * @param random   a number in [0, 1) choosing where in the jitter range the pause falls
     */
    public Duration pause(int failures, double random) {
        long maxMillis = max.toMillis();
        long ceiling = initial.toMillis();
        // Doubling stops at the cap, so that a failure lasting days cannot overflow it.
        for (int i = 1; i < failures && ceiling < maxMillis; i++) {
            ceiling = ceiling > maxMillis / 2 ? maxMillis : ceiling * 2;
        }
        long floor = ceiling / 2;
        return Duration.ofMillis(floor + (long) ((ceiling - floor) * random));
    }
}
