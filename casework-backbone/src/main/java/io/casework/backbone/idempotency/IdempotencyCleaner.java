package io.casework.backbone.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes stored Idempotency-Key responses once past retention: a client retries within minutes, and each stored
 * response is a copy of a child's data that nothing else needs.
 */
@ApplicationScoped
public class IdempotencyCleaner {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleaner.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** How long a stored Idempotency-Key response is kept to answer a retry of its request, before it is deleted. */
    @ConfigProperty(name = "casework.idempotency.retention", defaultValue = "24H")
    Duration retention;

    /** How often stored Idempotency-Key responses past their retention are deleted. */
    @Scheduled(every = "${casework.idempotency.cleanup-every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCleanup() {
        deleteExpired();
    }

    /** Deletes stored responses older than the retention; returns how many. */
    @Transactional
    public int deleteExpired() {
        Instant cutoff = clock.instant().minus(retention);
        int deleted = entityManager.createQuery("delete from IdempotencyRecord r where r.createdAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        if (deleted > 0) {
            LOG.debugf("Deleted %d stored Idempotency-Key responses older than %s", deleted, cutoff);
        }
        return deleted;
    }
}
