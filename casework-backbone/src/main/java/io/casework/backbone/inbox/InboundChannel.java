package io.casework.backbone.inbox;

import io.casework.contracts.EventEnvelope;
import io.casework.contracts.InvalidEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One incoming channel as its operators see it: the record it is applying (if any), and counts of what it retried,
 * ignored as redelivered and dead-lettered. The consumers are {@code @Blocking} and ordered, so a channel applies one
 * record at a time; the set only guards against a channel configured otherwise.
 */
public final class InboundChannel {

    private final String name;
    private final String group;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Set<EventInFlight> inFlight = ConcurrentHashMap.newKeySet();
    private final Counter duplicates;
    private final Counter retries;

    InboundChannel(String name, String group, MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.name = name;
        this.group = group;
        this.registry = registry;
        Gauge.builder("casework.events.oldest.unprocessed.age", this, channel -> channel.oldestAge().toMillis() / 1000.0)
                .description("Age (now minus its Kafka timestamp) of the record this channel is applying; 0 when idle")
                .baseUnit("seconds")
                .tags("channel", name, "group", group)
                .strongReference(true)
                .register(registry);
        duplicates = Counter.builder("casework.events.duplicates")
                .description("Redelivered events ignored because they had already been applied")
                .tag("channel", name)
                .register(registry);
        retries = Counter.builder("casework.events.retries")
                .description("Failed attempts to apply an event, each followed by another attempt")
                .tag("channel", name)
                .register(registry);
    }

    public String name() {
        return name;
    }

    public String group() {
        return group;
    }

    /** The record this channel has been on longest, if it is applying one. */
    public Optional<EventInFlight> longestHeld() {
        return inFlight.stream().min(Comparator.comparing(EventInFlight::started));
    }

    EventInFlight started(EventEnvelope event, ConsumerRecord<?, ?> record) {
        EventInFlight started = new EventInFlight(event, record, clock.instant());
        inFlight.add(started);
        return started;
    }

    void finished(EventInFlight event) {
        inFlight.remove(event);
    }

    void duplicate() {
        duplicates.increment();
    }

    void retried() {
        retries.increment();
    }

    /** Counts a defect about to be thrown to the connector, which sends the record to the dead-letter topic. */
    InvalidEventException deadLettered(InvalidEventException defect) {
        Counter.builder("casework.events.dead.lettered")
                .description("Records sent to the dead-letter topic, by the kind of defect")
                .tags("channel", name, "reason", defect.getClass().getSimpleName())
                .register(registry)
                .increment();
        return defect;
    }

    private Duration oldestAge() {
        Instant now = clock.instant();
        return inFlight.stream().map(e -> e.age(now)).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }
}
