package io.casework.backbone.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code casework.events.*}: how this service's consumers retry an event that fails, and when that is a stall. */
@ConfigMapping(prefix = "casework.events")
public interface EventsConfig {

    Retry retry();

    /**
     * A channel held by one event for longer than this is reported DOWN in the {@code events} health group
     * ({@code /q/health/group/events}). Neither readiness nor liveness: a stuck consumer must not take the API out
     * of service, and a restart would not unstick it.
     */
    @WithDefault("PT60S")
    Duration stuckAfter();

    /**
     * A failing event is retried for as long as the failure lasts, holding its partition, with exponential backoff
     * from {@link #initialBackoff()} doubling up to {@link #maxBackoff()}, each pause jittered so that replicas do
     * not retry in step.
     */
    interface Retry {

        /**
         * The pause after an event's first failure, before it is tried again: drawn between half and all of this,
         * and doubled after each further failure.
         */
        @WithDefault("PT0.1S")
        Duration initialBackoff();

        /** The longest pause between two attempts at a failing event; at least {@link #initialBackoff()}. */
        @WithDefault("PT10S")
        Duration maxBackoff();

        /** While an event keeps failing, its channel logs one line per this interval, not one per attempt. */
        @WithDefault("PT1M")
        Duration logEvery();

        /** The backoff these settings describe; see {@link Backoff} for the settings it refuses. */
        default Backoff backoff() {
            return new Backoff(initialBackoff(), maxBackoff());
        }
    }
}
