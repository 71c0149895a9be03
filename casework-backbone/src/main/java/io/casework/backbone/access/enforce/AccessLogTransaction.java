package io.casework.backbone.access.enforce;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.Consumer;

/**
 * Decides which transaction an access-log entry is written in. An allowed access inside a request's transaction is
 * written in it, so that a write and its log entry commit together (one commit, not two, on every write); if that
 * transaction then rolls back (the input is refused after access was allowed), the entries are written on their own
 * afterwards, because the attempt still happened (002 s.5). A refusal, or an access outside a transaction (a read), is
 * written in a transaction of its own at once: a refusal rolls the request back.
 */
@ApplicationScoped
public class AccessLogTransaction {

    private static final Logger LOG = Logger.getLogger(AccessLogTransaction.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    public void write(List<AccessRecord> accesses, Consumer<AccessRecord> append) {
        if (accesses.isEmpty()) {
            return;
        }
        boolean allowed = accesses.stream().allMatch(access -> access.decision().allowed());
        if (!allowed || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            QuarkusTransaction.requiringNew().run(() -> accesses.forEach(append));
            return;
        }
        accesses.forEach(append);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do: the entries are already part of the transaction
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> accesses.forEach(append));
                    } catch (RuntimeException e) {
                        // The request has failed already; what is left is to say loudly which accesses went unlogged.
                        LOG.errorf(e, "Access-log entries of a failed request could not be written: %s",
                                accesses.stream().map(a -> a.action() + " on child " + a.childId()).toList());
                    }
                }
            }
        });
    }
}
