package io.casework.deadlines.service;

import io.casework.backbone.outbox.Outbox;
import io.casework.deadlines.config.BreachScanConfig;
import io.casework.deadlines.domain.DeadlineChangeKind;
import io.casework.deadlines.mapping.DeadlineMapper;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.deadlines.repository.TimescalesRelease;
import io.casework.deadlines.repository.TimescalesReleaseRepository;
import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.TimescaleRule;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * After a release of the timescales data (a rule or the calendar changed: a new version of the library, released to
 * every service together), counts again every open due date this service counted under an earlier version, once:
 * each that moves is rescheduled, its history says so, and its new due date is announced. Runs inside the breach
 * scan's transaction and advisory lock ({@link BreachScan}), so that one replica recounts and no scan ever sees a
 * half-recounted set.
 *
 * <p>A due date a manager extended stays as the manager set it; one whose rule left the rule set stays as it was
 * counted; both are recorded as examined under the new version, with a line in their history saying why they were
 * kept. A due date that comes out the same only takes the new version: the history keeps what moved.
 */
@ApplicationScoped
public class ReleaseRecount {

    private static final Logger LOG = Logger.getLogger(ReleaseRecount.class);

    @Inject
    DeadlineRepository deadlines;

    @Inject
    TimescalesReleaseRepository releases;

    @Inject
    DeadlineHistory history;

    @Inject
    DeadlineMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    RuleSet rules;

    @Inject
    RuleSetRegistry registry;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    BreachScanConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /**
     * Recounts the open due dates counted under another version than the one in force, unless this version's recount
     * is recorded as done already.
     *
     * @return the release recorded now, or empty when it was done before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TimescalesRelease> ifNewRelease() {
        String version = registry.version();
        if (releases.findByIdOptional(version).isPresent()) {
            return Optional.empty();
        }
        int examined = 0;
        int changed = 0;
        UUID after = null;
        List<Deadline> batch;
        do {
            batch = deadlines.countedUnderAnotherVersion(version, after, config.batch());
            for (Deadline deadline : batch) {
                examined++;
                if (recount(deadline, version)) {
                    changed++;
                }
                after = deadline.getId();
            }
            // A release may touch many thousands: what is recounted is written and let go, a batch at a time.
            entityManager.flush();
            entityManager.clear();
        } while (batch.size() == config.batch());
        TimescalesRelease release = TimescalesRelease.done(version, clock.instant(), examined, changed);
        releases.persist(release);
        LOG.infof("Timescales release %s: %d open due dates counted under earlier versions, %d moved", version,
                examined, changed);
        return Optional.of(release);
    }

    /** Whether the deadline's due date moved. */
    private boolean recount(Deadline deadline, String version) {
        Optional<TimescaleRule> rule = rules.findRule(deadline.getRuleId());
        LocalDate before = deadline.getDueDate();
        String cause = "timescales release " + version;
        if (deadline.getExtendedAt() != null || deadline.getCountedFrom() == null || rule.isEmpty()) {
            deadline.recount(before, version);
            history.record(deadline, DeadlineChangeKind.RECOMPUTED, cause, line -> line.because(
                    deadline.getExtendedAt() != null ? "Kept: extended by a manager"
                            : rule.isEmpty() ? "Kept: rule " + deadline.getRuleId() + " is no longer in the rule set"
                            : "Kept: the day it counts from was not recorded"));
            return false;
        }
        LocalDate due = rule.get().dueDate(deadline.getCountedFrom(), calendar);
        deadline.recount(due, version);
        if (due.equals(before)) {
            // The version it now stands under says it was counted again; the history keeps only what moved.
            return false;
        }
        history.record(deadline, DeadlineChangeKind.RECOMPUTED, cause, line -> line.movedFrom(before)
                .because("Counted again from " + deadline.getCountedFrom()));
        outbox.publish(deadline.getChildId().toString(), mapper.toOpened(deadline));
        return true;
    }
}
