package io.casework.backbone.outbox;

import io.casework.backbone.logging.Causes;
import io.casework.backbone.logging.RateLimitedLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows in commit order and marks them published once the broker has acknowledged them.
 *
 * <p>Every batch runs in a transaction holding a PostgreSQL advisory lock, so that with several replicas of a
 * service only one publishes at a time and one child's events keep their order. A crash between sending and
 * marking re-sends the batch: delivery is at least once, and consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant will do: each service has its own database, so the lock is per service. */
    private static final long RELAY_LOCK = 0x6361_7365_776f_726bL;
    private static final String FAILURE_KEY = "relay";

    @Inject
    OutboxConfig config;

    @Inject
    OutboxProducer producer;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final Semaphore wakeUp = new Semaphore(0);
    // While the broker or the database is away the relay retries every few seconds: one line a minute says so.
    private final RateLimitedLog failureLog = new RateLimitedLog(LOG, Duration.ofMinutes(1));
    private volatile boolean running;
    private ExecutorService worker;
    private Counter published;
    private Timer lag;

    void start(@Observes StartupEvent event) {
        published = registry.counter("casework.outbox.published");
        lag = Timer.builder("casework.outbox.publish.lag")
                .description("From writing an outbox row to the broker acknowledging it")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        running = true;
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
        worker.submit(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp.release();
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after a transaction that wrote to the outbox commits. */
    void wake() {
        wakeUp.release();
    }

    private void run() {
        Duration backoff = config.relay().pollInterval();
        int failures = 0;
        Instant failingSince = null;
        while (running) {
            try {
                wakeUp.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                while (running && publishBatch() == config.relay().batchSize()) {
                    // a full batch means more may be waiting: keep going without sleeping
                }
                if (failures > 0) {
                    LOG.infof("Outbox relay publishing again after %d failed attempts over %d s", failures,
                            Duration.between(failingSince, clock.instant()).toSeconds());
                    failureLog.reset(FAILURE_KEY);
                }
                failures = 0;
                backoff = config.relay().pollInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Broker or database away: the rows stay unpublished; back off up to 5 s and try again.
                if (failures++ == 0) {
                    failingSince = clock.instant();
                }
                failureLog.warnf(FAILURE_KEY, "Outbox relay could not publish (%d attempts over %d s), will retry: %s",
                        failures, Duration.between(failingSince, clock.instant()).toSeconds(), Causes.root(e));
                backoff = Duration.ofMillis(Math.min(backoff.toMillis() * 2, 5_000));
            }
        }
    }

    /**
     * Publishes up to one batch; returns how many rows it published (0 when another replica holds the lock).
     * Public so that tests and operators' tools can drive the relay directly.
     */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxEvent> batch = entityManager
                    .createQuery("from OutboxEvent where publishedAt is null order by sequence", OutboxEvent.class)
                    .setMaxResults(config.relay().batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            producer.publish(batch.stream().map(OutboxRelay::record).toList());
            Instant now = clock.instant();
            for (OutboxEvent row : batch) {
                row.publishedAt = now;
                lag.record(Duration.between(row.createdAt, now));
            }
            published.increment(batch.size());
            return batch.size();
        });
    }

    private static ProducerRecord<String, String> record(OutboxEvent row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.recordKey, row.payload);
        // CloudEvents Kafka binding header names, so tools can route without parsing the value.
        record.headers().add("ce_id", row.eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", row.eventType.getBytes(StandardCharsets.UTF_8));
        if (row.traceparent != null) {
            record.headers().add("traceparent", row.traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
