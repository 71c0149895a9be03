package io.casework.backbone.inbox;

import io.casework.backbone.logging.Causes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders, written by an operator into {@code dead_letter_order} (scripts/dead-letter-order.sh), to dead-letter an
 * event that keeps failing for a reason only a person can judge. Only the retry loop of a failing event reads them.
 */
@ApplicationScoped
public class DeadLetterOrders {

    private static final Logger LOG = Logger.getLogger(DeadLetterOrders.class);
    private static final int TIMEOUT_SECONDS = 5;

    @Inject
    EntityManager entityManager;

    /**
     * Takes the standing order for this event, if there is one, marking it carried out. Each order is carried out
     * once: a replayed event that fails again waits for a new decision. Empty when the table cannot be read (the
     * database being away is the usual reason an event fails at all), so that the event is simply retried.
     */
    Optional<DeadLetterOrder> take(String eventId) {
        try {
            return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> takeInTransaction(eventId));
        } catch (RuntimeException e) {
            LOG.debugf("Could not look for a dead-letter order for event %s: %s", eventId, Causes.root(e));
            return Optional.empty();
        }
    }

    private Optional<DeadLetterOrder> takeInTransaction(String eventId) {
        UUID id = UUID.fromString(eventId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select reason, ordered_by from dead_letter_order
                        where event_id = ?1 and carried_out_at is null for update""")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        entityManager.createNativeQuery("update dead_letter_order set carried_out_at = now() where event_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        Object[] row = rows.get(0);
        return Optional.of(new DeadLetterOrder(eventId, (String) row[0], (String) row[1]));
    }
}
