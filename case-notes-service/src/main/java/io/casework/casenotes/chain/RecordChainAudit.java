package io.casework.casenotes.chain;

import io.casework.casenotes.config.RecordChainConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Verifies chains: one child's on request, every child's nightly and on an operator's order. A break is logged as an
 * error, counted ({@code casework_record_chain_breaks_total}, by kind of change) and, after a run over every child,
 * shown as {@code casework_record_chain_broken_children}: operations are alerted to either (docs/security.md).
 */
@ApplicationScoped
public class RecordChainAudit {

    private static final Logger LOG = Logger.getLogger(RecordChainAudit.class);
    /** How many broken chains a run over every child lists by name; the counts cover them all. */
    static final int LISTED_BREAKS = 100;

    @Inject
    RecordChainStore store;

    @Inject
    ChainVerifier verifier;

    @Inject
    RecordChainConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final AtomicLong brokenChildren = new AtomicLong();
    private final AtomicLong lastVerified = new AtomicLong();
    // One run over every child at a time in this replica; a second order waits for the first to finish.
    private final ReentrantLock running = new ReentrantLock();

    /** What a run over every child found. */
    public record AuditRun(Instant startedAt, Instant finishedAt, long children, long entries,
            List<ChainVerdict> broken, long brokenChildren) {

        public double entriesPerSecond() {
            double seconds = Duration.between(startedAt, finishedAt).toNanos() / 1e9;
            return seconds == 0 ? entries : entries / seconds;
        }
    }

    @PostConstruct
    void registerGauges() {
        Gauge.builder("casework.record.chain.broken.children", brokenChildren, AtomicLong::get)
                .description("Children whose chain failed to verify in the last run over every child")
                .register(registry);
        Gauge.builder("casework.record.chain.last.verified.timestamp", lastVerified, AtomicLong::get)
                .description("When the last run over every child finished (seconds since the epoch; 0: never)")
                .baseUnit("seconds")
                .register(registry);
    }

    public ChainVerdict verify(UUID child) {
        RecordChainStore.Chain chain = store.chainOf(child);
        return reported(verifier.verify(child, chain.links(), chain.head()));
    }

    public AuditRun verifyAll() {
        running.lock();
        try {
            Instant started = clock.instant();
            long children = 0;
            long entries = 0;
            long broken = 0;
            List<ChainVerdict> listed = new ArrayList<>();
            UUID after = null;
            List<UUID> batch;
            while (!(batch = store.childrenAfter(after, config.verifyBatch())).isEmpty()) {
                Map<UUID, RecordChainStore.Chain> chains = store.chainsOf(batch);
                for (UUID child : batch) {
                    RecordChainStore.Chain chain = chains.get(child);
                    ChainVerdict verdict = chain == null ? new ChainVerdict(child, 0, Optional.empty())
                            : reported(verifier.verify(child, chain.links(), chain.head()));
                    children++;
                    entries += verdict.entries();
                    if (!verdict.intact()) {
                        broken++;
                        if (listed.size() < LISTED_BREAKS) {
                            listed.add(verdict);
                        }
                    }
                }
                after = batch.get(batch.size() - 1);
            }
            AuditRun run = new AuditRun(started, clock.instant(), children, entries, List.copyOf(listed), broken);
            brokenChildren.set(broken);
            lastVerified.set(run.finishedAt().getEpochSecond());
            LOG.infof("Record chains verified: %d children, %d entries, %d broken, in %d ms (%.0f entries/s)",
                    children, entries, broken, Duration.between(started, run.finishedAt()).toMillis(),
                    run.entriesPerSecond());
            return run;
        } finally {
            running.unlock();
        }
    }

    @Scheduled(cron = "${casework.record-chain.verify-cron}", identity = "record-chain-verification",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        verifyAll();
    }

    private ChainVerdict reported(ChainVerdict verdict) {
        verdict.firstBreak().ifPresent(found -> {
            Counter.builder("casework.record.chain.breaks")
                    .description("Breaks found in children's chains by verification, by kind of change")
                    .tag("change", found.change().name().toLowerCase())
                    .register(registry)
                    .increment();
            LOG.errorf("Record chain of child %s breaks at position %d (%s): %s %s", verdict.childId(),
                    found.position(), found.entry(), found.change(), found.detail());
        });
        return verdict;
    }
}
