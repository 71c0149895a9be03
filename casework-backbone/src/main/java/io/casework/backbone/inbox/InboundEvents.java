package io.casework.backbone.inbox;

import io.casework.backbone.logging.Causes;
import io.casework.backbone.logging.RateLimitedLog;
import io.casework.backbone.outbox.EventCause;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.InvalidEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Applies an incoming record at most once, and never loses it.
 *
 * <p>The record is parsed and checked against its schema first. Only a defect of the record itself, an
 * {@link InvalidEventException} (not an event, unknown type or version, schema violation, or a rule of the service's
 * domain that no retry can change), is thrown to the messaging connector, which sends the record to this service's
 * dead-letter topic with the reason and moves on. Any other failure says nothing about the record (the database
 * refusing connections, a deadlock, a bug to be fixed and deployed): the event is retried for as long as the failure
 * lasts, holding its partition so that no later event of the same child overtakes it. Returning normally would
 * acknowledge it and throwing would dead-letter it, so neither happens until it is applied, dead-lettered on an
 * operator's order ({@link DeadLetterOrders}), or the application stops.
 *
 * <p>A valid event is applied in one transaction together with its row in {@code processed_event}, so a redelivered
 * event finds the row and changes nothing.
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    @Inject
    EventCause cause;

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    Tracer tracer;

    @Inject
    EventsConfig config;

    @Inject
    InboundChannels channels;

    @Inject
    DeadLetterOrders deadLetterOrders;

    @Inject
    Clock clock;

    private final CountDownLatch stopping = new CountDownLatch(1);
    private Backoff backoff;
    private RateLimitedLog stalls;

    @PostConstruct
    void configure() {
        backoff = config.retry().backoff();
        stalls = new RateLimitedLog(LOG, config.retry().logEvery());
    }

    void stop(@Observes ShutdownEvent event) {
        stopping.countDown();
    }

    /** A consumer's handlers, to fill with {@link EventHandlers#on} once and pass to every {@link #apply}. */
    public EventHandlers handlers() {
        return new EventHandlers(codec);
    }

    /**
     * @param channel  the incoming channel the record arrived on, as named in {@code @Incoming}
     * @param record   the Kafka record
     * @param handlers what this consumer does with each type; run inside the transaction, at most once per event id
     * @return true when applied, false when it was a redelivery of an event already applied
     * @throws InvalidEventException only for a defect of the record: the connector dead-letters it
     */
    public boolean apply(String channel, ConsumerRecord<String, String> record, EventHandlers handlers) {
        return apply(channel, record, (Consumer<EventEnvelope>) handlers::handle);
    }

    private boolean apply(String channel, ConsumerRecord<String, String> record, Consumer<EventEnvelope> handler) {
        InboundChannel inbound = channels.of(channel);
        EventEnvelope event;
        try {
            event = codec.read(record.value());
        } catch (InvalidEventException e) {
            LOG.warnf("Record %s-%d@%d on channel %s is not a valid event and goes to the dead-letter topic: %s",
                    record.topic(), record.partition(), record.offset(), channel, e.getMessage());
            throw inbound.deadLettered(e);
        }
        // The effect, and any event it publishes, joins the trace of the request that caused the event.
        Span span = tracer.spanBuilder("apply " + event.type()).setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceParents.contextOf(event.traceparent())).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return applyUntilDone(inbound, record, event, handler);
        } finally {
            span.end();
        }
    }

    private boolean applyUntilDone(InboundChannel channel, ConsumerRecord<String, String> record, EventEnvelope event,
            Consumer<EventEnvelope> handler) {
        EventInFlight inFlight = channel.started(event, record);
        try {
            while (true) {
                try {
                    boolean applied = QuarkusTransaction.requiringNew().call(() -> applyOnce(event, handler));
                    if (applied) {
                        recordDeliveryLag(event);
                    } else {
                        channel.duplicate();
                    }
                    if (inFlight.failures() > 0) {
                        LOG.infof("Event %s (%s) on channel %s applied after %d failed attempts over %d s", event.id(),
                                event.type(), channel.name(), inFlight.failures(), heldSeconds(inFlight));
                    }
                    return applied;
                } catch (Throwable failure) {
                    // Errors too: whatever went wrong, only the record's own defect may send it to the dead letters.
                    Optional<InvalidEventException> defect = Causes.find(failure, InvalidEventException.class);
                    if (defect.isPresent()) {
                        LOG.warnf("Event %s (%s) on channel %s goes to the dead-letter topic: %s", event.id(),
                                event.type(), channel.name(), defect.get().getMessage());
                        throw channel.deadLettered(defect.get());
                    }
                    failedAttempt(channel, inFlight, failure);
                }
            }
        } finally {
            channel.finished(inFlight);
            stalls.reset(channel.name());
        }
    }

    private void failedAttempt(InboundChannel channel, EventInFlight inFlight, Throwable failure) {
        inFlight.failed(failure);
        channel.retried();
        stalls.warnf(channel.name(), "Event %s (%s, record %s) on channel %s: attempt %d failed, %d s since the "
                        + "first; retrying until it is applied, the partition waits: %s", inFlight.eventId(),
                inFlight.type(), inFlight.record(), channel.name(), inFlight.failures(), heldSeconds(inFlight),
                inFlight.lastFailure());
        Optional<DeadLetterOrder> order = deadLetterOrders.take(inFlight.eventId());
        if (order.isPresent()) {
            LOG.warnf("Event %s (%s) on channel %s is dead-lettered by order of %s: %s", inFlight.eventId(),
                    inFlight.type(), channel.name(), order.get().orderedBy(), order.get().reason());
            throw channel.deadLettered(new DeadLetterOrderedException(order.get(), inFlight.lastFailure()));
        }
        if (!pause(backoff.pause(inFlight.failures(), ThreadLocalRandom.current().nextDouble()))) {
            holdUntilExit(channel, inFlight);
        }
    }

    /** Waits before the next attempt; false when the application is stopping instead. */
    private boolean pause(Duration pause) {
        try {
            return !stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // Only the shutdown of the worker pool interrupts a consumer thread.
            return false;
        }
    }

    /**
     * The application is stopping while the event still fails. Returning would acknowledge it (its offset committed:
     * the event lost) and throwing would dead-letter it, so the thread waits here until the JVM exits; the record,
     * never acknowledged, is delivered again to whichever consumer next owns the partition.
     */
    private void holdUntilExit(InboundChannel channel, EventInFlight inFlight) {
        LOG.warnf("Stopping while event %s (%s, record %s) on channel %s still fails after %d attempts (%s): it stays "
                        + "unacknowledged and will be redelivered", inFlight.eventId(), inFlight.type(),
                inFlight.record(), channel.name(), inFlight.failures(), inFlight.lastFailure());
        while (true) {
            LockSupport.park(this);
            Thread.interrupted();
        }
    }

    private boolean applyOnce(EventEnvelope event, Consumer<EventEnvelope> handler) {
        int inserted = entityManager.createNativeQuery("""
                        insert into processed_event (event_id, event_type, source, processed_at)
                        values (?1, ?2, ?3, ?4) on conflict (event_id) do nothing""")
                .setParameter(1, UUID.fromString(event.id()))
                .setParameter(2, event.type())
                .setParameter(3, event.source())
                .setParameter(4, clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("Event %s already processed; ignoring the redelivery", event.id());
            return false;
        }
        cause.applying(event.id());
        handler.accept(event);
        return true;
    }

    // From the event's commit (its envelope time) to its effect here: the suite's end-to-end event delay.
    private void recordDeliveryLag(EventEnvelope event) {
        Timer.builder("casework.events.delivery.lag")
                .description("From an event's commit in its owning service to its effect in this one")
                .tag("type", event.type())
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry)
                .record(Duration.between(event.time().toInstant(), clock.instant()));
    }

    private long heldSeconds(EventInFlight inFlight) {
        return inFlight.heldFor(clock.instant()).toSeconds();
    }

    public EventCodec codec() {
        return codec;
    }
}
