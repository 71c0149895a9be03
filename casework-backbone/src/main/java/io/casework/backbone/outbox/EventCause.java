package io.casework.backbone.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids of the events a service publishes because it applied another service's event. They are derived from the
 * consumed event's id, this service and their order, never drawn at random, so that applying the same event again
 * (a consumer rewound after a database restore, docs/operations.md "Backup and restore") publishes the same events
 * under the same ids: their consumers recognise them and apply nothing twice, and the restore's report of lost writes
 * finds them in the restored outbox. An event written for a request of a person has no cause and a random id.
 */
@ApplicationScoped
public class EventCause {

    private static final Object CAUSE = new Object();
    private static final Object COUNT = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The consumed event whose application the current transaction is: every event published in it derives from it. */
    public void applying(String consumedEventId) {
        transactions.putResource(CAUSE, consumedEventId);
        transactions.putResource(COUNT, 0);
    }

    /** The id of the next event published in the current transaction by {@code source}. */
    UUID nextId(String source) {
        Object cause = transactions.getResource(CAUSE);
        if (cause == null) {
            return UUID.randomUUID();
        }
        int n = (Integer) transactions.getResource(COUNT) + 1;
        transactions.putResource(COUNT, n);
        return UUID.nameUUIDFromBytes((source + " applied " + cause + " #" + n).getBytes(StandardCharsets.UTF_8));
    }
}
