package io.casework.deadlines.service;

import io.casework.backbone.outbox.Outbox;
import io.casework.deadlines.config.BreachScanConfig;
import io.casework.deadlines.domain.DeadlineChangeKind;
import io.casework.deadlines.domain.EscalationSteps;
import io.casework.deadlines.mapping.DeadlineMapper;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.timescales.DeadlineRole;
import io.casework.timescales.Escalation;
import io.casework.timescales.RuleSet;
import io.casework.timescales.WorkingDayCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds open deadlines past their due date and takes the escalation steps their rules name, on a schedule that is
 * safe with several replicas (issue 15): each pass runs in a transaction holding a PostgreSQL advisory lock, so one
 * replica scans at a time and the others skip that tick; a deadline is marked breached in the transaction that writes
 * its announcement to the outbox, and a marked deadline is never marked again, so each breach and each step is
 * published once. A release's recount of due dates ({@link ReleaseRecount}) runs first under the same lock, so no
 * scan sees a half-recounted set.
 *
 * <p>"Past its due date" means the day in London is after the due date: a note due on Monday is on time all Monday.
 */
@ApplicationScoped
public class BreachScan {

    private static final Logger LOG = Logger.getLogger(BreachScan.class);

    /** Any constant will do: the lock is per database, and each service has its own. */
    static final long DUE_DATES_LOCK = 0x6465_6164_6c69_6e65L;

    /** The cause the scan's history lines give. */
    private static final String SCAN = "breach scan";

    @Inject
    DeadlineRepository deadlines;

    @Inject
    ReleaseRecount recount;

    @Inject
    DeadlineHistory history;

    @Inject
    DeadlineMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    RuleSet rules;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    BreachScanConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    /** What one scan did; {@code ran} is false when another replica held the lock. */
    public record Result(boolean ran, int recounted, int breached, int escalated) {

        static Result skipped() {
            return new Result(false, 0, 0, 0);
        }

        Result plus(Result more) {
            return new Result(ran || more.ran, recounted + more.recounted, breached + more.breached,
                    escalated + more.escalated);
        }
    }

    // Delayed: not before the service has started (a scan needs the rule set, which a bad setting refuses).
    @Scheduled(every = "${casework.deadlines.breach-scan.every}", delayed = "5s", identity = "deadline-breach-scan",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /**
     * Scans until nothing more is due: a batch per transaction, each under the lock. Public so that tests and
     * operators' tools can drive it.
     */
    public Result run() {
        Result total = Result.skipped();
        Result pass;
        do {
            pass = QuarkusTransaction.requiringNew().call(this::pass);
            // Counted once committed: what the operations dashboard shows as deadlines breached and escalated.
            registry.counter("casework.deadlines.breached").increment(pass.breached());
            registry.counter("casework.deadlines.escalated").increment(pass.escalated());
            total = total.plus(pass);
        } while (pass.ran() && (pass.breached() == config.batch() || pass.escalated() == config.batch()));
        if (total.breached() + total.escalated() > 0) {
            LOG.infof("Deadline scan: %d breached, %d escalation steps", total.breached(), total.escalated());
        }
        return total;
    }

    private Result pass() {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, DUE_DATES_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return Result.skipped();
        }
        int recounted = recount.ifNewRelease().map(release -> release.getChanged()).orElse(0);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int breached = markBreaches(deadlines.unmarkedBreaches(today, config.batch()), now);
        int escalated = escalate(deadlines.escalationsDue(today, config.batch()), now);
        return new Result(true, recounted, breached, escalated);
    }

    private int markBreaches(List<Deadline> missed, Instant now) {
        for (Deadline deadline : missed) {
            EscalationSteps steps = EscalationSteps.of(rules.findRule(deadline.getRuleId()));
            deadline.breach(now, steps.nextDueAfter(0, deadline.getDueDate(), calendar));
            history.record(deadline, DeadlineChangeKind.BREACHED, SCAN,
                    line -> line.because("Not met by " + deadline.getDueDate()));
            outbox.publish(deadline.getChildId().toString(),
                    mapper.toBreached(deadline, steps.owner().map(DeadlineRole::name).orElse(null)));
        }
        // The escalation query that follows reads what was just marked: a step due at once is taken in this pass.
        entityManager.flush();
        return missed.size();
    }

    private int escalate(List<Deadline> due, Instant now) {
        for (Deadline deadline : due) {
            EscalationSteps steps = EscalationSteps.of(rules.findRule(deadline.getRuleId()));
            int taken = deadline.getEscalationsTaken();
            Escalation step = steps.next(taken).orElse(null);
            if (step == null) {
                // The rule lost steps in a release since: nothing more to take.
                deadline.escalated(null);
                continue;
            }
            deadline.escalated(steps.nextDueAfter(taken + 1, deadline.getDueDate(), calendar));
            history.record(deadline, DeadlineChangeKind.ESCALATED, SCAN,
                    line -> line.because("Step " + (taken + 1) + ": " + step.role()));
            outbox.publish(deadline.getChildId().toString(),
                    mapper.toEscalated(deadline, taken + 1, step.role().name(), now));
        }
        return due.size();
    }
}
