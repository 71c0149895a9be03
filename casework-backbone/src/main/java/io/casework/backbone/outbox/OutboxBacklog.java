package io.casework.backbone.outbox;

import io.casework.backbone.logging.Causes;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What is waiting in the outbox: how many rows are unpublished and since when. Read every 10 s rather than at each
 * scrape, so that a scrape never waits on the database. While the database is away the last reading stands: its
 * oldest row keeps ageing (nothing can have been published meanwhile, the relay needs the database too), and
 * {@code casework.outbox.backlog.staleness} says how old the reading is.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final int TIMEOUT_SECONDS = 5;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private volatile Reading last;

    /** One reading of the outbox: the number of unpublished rows and when the oldest of them was written. */
    private record Reading(long size, Instant oldest, Instant readAt) {
    }

    void register(@Observes StartupEvent event) {
        last = new Reading(0, null, clock.instant());
        Gauge.builder("casework.outbox.backlog.age", this, backlog -> seconds(backlog.age(clock.instant())))
                .description("Age of the oldest outbox row not yet published; 0 when none")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("casework.outbox.backlog.size", this, backlog -> backlog.size())
                .description("Outbox rows not yet published")
                .register(registry);
        Gauge.builder("casework.outbox.backlog.staleness", this, backlog -> seconds(backlog.staleness(clock.instant())))
                .description("How long ago the backlog was last read from the database")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf("Outbox backlog not read, keeping the last reading: %s", Causes.root(e));
        }
    }

    /** Reads the backlog now. Public so that tests can read it without waiting for the schedule. */
    public void refresh() {
        Object[] row = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> (Object[]) entityManager
                .createNativeQuery("select count(*), min(created_at) from outbox_event where published_at is null")
                .getSingleResult());
        last = new Reading(((Number) row[0]).longValue(), instant(row[1]), clock.instant());
    }

    /** How long the oldest unpublished row has waited; zero when none was waiting at the last reading. */
    public Duration age(Instant now) {
        Reading reading = last;
        return reading.oldest() == null ? Duration.ZERO : Duration.between(reading.oldest(), now);
    }

    public long size() {
        return last.size();
    }

    public Duration staleness(Instant now) {
        return Duration.between(last.readAt(), now);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    // The PostgreSQL driver returns timestamptz as OffsetDateTime or Timestamp depending on how it is asked.
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        return value instanceof Instant time ? time : null;
    }
}
