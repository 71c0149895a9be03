package io.casework.backbone.inbox;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.InvalidEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies an incoming record at most once. The record is parsed and checked against its schema first: a record
 * that is not a valid event throws, the messaging connector sends it to this service's dead-letter topic with the
 * reason, and the partition moves on. A valid event is applied in one transaction together with its row in
 * {@code processed_event}, so a redelivered event finds the row and changes nothing.
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);
    private static final int ATTEMPTS = 3;

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    Tracer tracer;

    /**
     * @param value   the record's value
     * @param handler the effect; runs inside the transaction, at most once per event id
     * @return true when applied, false when it was a redelivery
     */
    public boolean apply(String value, Consumer<EventEnvelope> handler) {
        EventEnvelope event = codec.read(value);
        // The effect, and any event it publishes, joins the trace of the request that caused the event.
        Span span = tracer.spanBuilder("apply " + event.type()).setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceParents.contextOf(event.traceparent())).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return applyWithRetries(event, handler);
        } finally {
            span.end();
        }
    }

    private boolean applyWithRetries(EventEnvelope event, Consumer<EventEnvelope> handler) {
        int failures = 0;
        while (true) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> applyOnce(event, handler));
                if (applied) {
                    recordDeliveryLag(event);
                }
                return applied;
            } catch (InvalidEventException e) {
                throw e;
            } catch (RuntimeException e) {
                failures++;
                // The database being away is no fault of the record: dead-lettering it would let the child's later
                // events overtake it. Hold the partition and keep trying until the database is back.
                if (!TransientFailures.isTransient(e) && failures >= ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("Applying event %s (%s) failed (%s, attempt %d): %s", event.id(), event.type(),
                        TransientFailures.isTransient(e) ? "database unavailable" : "will dead-letter after "
                                + ATTEMPTS, failures, e.getMessage());
                sleep(Math.min(200L * failures, 5_000L));
            }
        }
    }

    private boolean applyOnce(EventEnvelope event, Consumer<EventEnvelope> handler) {
        int inserted = entityManager.createNativeQuery("""
                        insert into processed_event (event_id, event_type, source, processed_at)
                        values (?1, ?2, ?3, ?4) on conflict (event_id) do nothing""")
                .setParameter(1, UUID.fromString(event.id()))
                .setParameter(2, event.type())
                .setParameter(3, event.source())
                .setParameter(4, Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("Event %s already processed; ignoring the redelivery", event.id());
            return false;
        }
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
                .record(Duration.between(event.time().toInstant(), Instant.now()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public EventCodec codec() {
        return codec;
    }
}
