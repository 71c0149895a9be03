package io.casework.backbone.inbox;

import io.casework.backbone.logging.Causes;
import io.casework.contracts.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.Instant;

/** One record a channel is applying, from its first attempt until it is applied or dead-lettered. */
public final class EventInFlight {

    private final String eventId;
    private final String type;
    private final String record;
    private final Instant recordTime;
    private final Instant started;
    private volatile int failures;
    private volatile String lastFailure;

    EventInFlight(EventEnvelope event, ConsumerRecord<?, ?> record, Instant now) {
        this.eventId = event.id();
        this.type = event.type();
        this.record = record.topic() + "-" + record.partition() + "@" + record.offset();
        // A record without a timestamp (-1) is as old as its first attempt here.
        this.recordTime = record.timestamp() >= 0 ? Instant.ofEpochMilli(record.timestamp()) : now;
        this.started = now;
    }

    void failed(Throwable failure) {
        lastFailure = Causes.root(failure);
        failures++;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    /** Where it is: {@code topic-partition@offset}. */
    public String record() {
        return record;
    }

    /** How many attempts have failed so far. */
    public int failures() {
        return failures;
    }

    /** The root cause of the last failed attempt, or null. */
    public String lastFailure() {
        return lastFailure;
    }

    Instant started() {
        return started;
    }

    /** How long the channel has been on this record. */
    public Duration heldFor(Instant now) {
        return Duration.between(started, now);
    }

    /** How long ago the record was written to its topic. */
    Duration age(Instant now) {
        return Duration.between(recordTime, now);
    }
}
