package io.casework.backbone.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code casework.outbox.*}: where this service publishes and how its relay behaves. */
@ConfigMapping(prefix = "casework.outbox")
public interface OutboxConfig {

    /** The envelope's source, e.g. {@code /case-notes-service}. */
    String source();

    /** This service's own topic; every event it owns goes there. */
    String topic();

    Relay relay();

    Backlog backlog();

    interface Relay {

        /**
         * Whether this replica runs the relay that publishes the outbox (one replica at a time publishes, under a
         * lock). Off for a replica that should only serve reads, or in tests that drive the relay by hand.
         */
        @WithDefault("true")
        boolean enabled();

        /** The most rows the relay publishes in one transaction; a full batch is followed at once by the next. */
        @WithDefault("200")
        int batchSize();

        /**
         * How often the relay looks for unpublished rows when nothing has woken it. Normally the relay is woken the
         * moment a transaction that wrote to the outbox commits, so this only bounds the delay of events committed by
         * another replica or while the broker was away.
         */
        @WithDefault("PT0.5S")
        Duration pollInterval();

        /** How long to wait for the broker's acknowledgement of a batch before trying it again. */
        @WithDefault("PT10S")
        Duration sendTimeout();

        /** Published rows are kept this long (to answer "was it sent?"), then deleted. */
        @WithDefault("PT24H")
        Duration retention();
    }

    interface Backlog {

        /**
         * An unpublished row older than this makes the {@code events} health group ({@code /q/health/group/events})
         * DOWN: the relay has been unable to publish for that long (broker away, or this service's database).
         */
        @WithDefault("PT60S")
        Duration stuckAfter();
    }
}
