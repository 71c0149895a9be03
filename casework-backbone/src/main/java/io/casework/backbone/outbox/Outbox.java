package io.casework.backbone.outbox;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * The only way a service announces a state change: the event is written to the outbox table in the caller's
 * transaction, so the change and its event commit or roll back together. Nothing is sent to Kafka here.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    EventCodec codec;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Inject
    EventCause cause;

    /**
     * Records an event about a child (or another aggregate, named by {@code subject}) for publication.
     *
     * @return the envelope as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String subject, Object payload) {
        String traceparent = TraceContext.currentTraceparent();
        EventEnvelope envelope = codec.wrap(cause.nextId(config.source()), payload, config.source(), subject,
                traceparent);
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(envelope.id());
        row.eventType = envelope.type();
        row.topic = config.topic();
        row.recordKey = subject;
        row.payload = codec.write(envelope);
        row.traceparent = traceparent;
        row.createdAt = clock.instant();
        row.persist();
        wakeRelayAfterCommit();
        return envelope;
    }

    // Waking the relay on commit, rather than waiting for its next poll, is what keeps publication well under a second.
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
