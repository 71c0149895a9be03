package io.casework.visits.service;

import io.casework.visits.repository.FailedAccessRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Finds spells of failed access that have lasted long enough for the next step of the ladder (ten days: the team
 * manager; two weeks: a senior manager; 004 "Failed visits") with no visit to say so. Safe with several replicas:
 * each pass is one transaction holding a PostgreSQL advisory lock, so one replica scans at a time, and a step is
 * marked taken in the transaction that writes its announcement, so each is announced once. Open spells are few (the
 * children not seen lately), so a pass over all of them is short.
 */
@ApplicationScoped
public class FailedAccessScan {

    private static final Logger LOG = Logger.getLogger(FailedAccessScan.class);

    /** Any constant will do: the lock is per database, and each service has its own. */
    static final long FAILED_ACCESS_LOCK = 0x7669_7369_7473_4641L;

    private static final int BATCH = 500;

    @Inject
    FailedAccessRepository spells;

    @Inject
    FailedAccessService failedAccess;

    @Inject
    EntityManager entityManager;

    @Scheduled(every = "${casework.visits.failed-access-scan.every}", delayed = "5s",
            identity = "failed-access-scan", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One pass over every open spell; the number of steps taken, or -1 when another replica was scanning. */
    public int run() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, FAILED_ACCESS_LOCK).getSingleResult();
            if (!locked) {
                return -1;
            }
            int taken = 0;
            int page = 0;
            List<UUID> open;
            do {
                open = spells.find("endedOn is null order by failedSince, failedAccessId").page(page++, BATCH)
                        .project(Id.class).list().stream().map(Id::failedAccessId).toList();
                for (UUID id : open) {
                    taken += failedAccess.climb(id);
                }
            } while (open.size() == BATCH);
            if (taken > 0) {
                LOG.infof("Failed access scan: %d escalation steps", taken);
            }
            return taken;
        });
    }

    /** The id alone, so that a page of open spells loads nothing else. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record Id(UUID failedAccessId) {
    }
}
