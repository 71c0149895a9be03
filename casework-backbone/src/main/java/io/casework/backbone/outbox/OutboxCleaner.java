package io.casework.backbone.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/** Deletes published outbox rows once past retention; Kafka, not the outbox, is the history. */
@ApplicationScoped
public class OutboxCleaner {

    private static final Logger LOG = Logger.getLogger(OutboxCleaner.class);

    @Inject
    OutboxConfig config;

    @Inject
    Clock clock;

    /** How often published outbox rows past their retention ({@code casework.outbox.relay.retention}) are deleted. */
    @Scheduled(every = "${casework.outbox.cleanup-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCleanup() {
        deletePublished();
    }

    /** Deletes published rows past retention; returns how many. */
    @Transactional
    public long deletePublished() {
        Instant cutoff = clock.instant().minus(config.relay().retention());
        long deleted = OutboxEvent.delete("publishedAt < ?1", cutoff);
        if (deleted > 0) {
            LOG.debugf("Deleted %d published outbox rows older than %s", deleted, cutoff);
        }
        return deleted;
    }
}
