package io.casework.deadlines.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.backbone.timescales.TimescalesConfig;
import io.casework.contracts.EventType;
import io.casework.contracts.events.CaseClosed;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.FailedAccessEnded;
import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
import io.casework.deadlines.domain.FailedAccessStep;
import io.casework.deadlines.domain.TrackedRules;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.timescales.RuleSet;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The managers' case management decisions after failed access to a child (004 "Failed visits": "when failed visits
 * are escalated the manager records a case management decision to evidence management oversight"), as the
 * authority's tracked rules say ({@link RuleTracker}). Each step visits-service escalates opens one deadline for the
 * step's manager, held in the child's team and due on the day visits-service says the manager must be told by (it
 * owns that date and counts it under the same rule; a disagreement is logged here). A management decision note
 * submitted on the child's record after the escalation meets it; the end of the failed access, or the case closing,
 * withdraws it. A note or a closure names no spell, so it acts on the child's open steps; the end acts on its spell's.
 */
@ApplicationScoped
public class FailedAccessDeadlines {

    private static final Logger LOG = Logger.getLogger(FailedAccessDeadlines.class);

    @Inject
    DeadlineRepository deadlines;

    @Inject
    RuleSet rules;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    TimescalesConfig config;

    @Inject
    RuleTracker tracker;

    @Inject
    ObjectMapper json;

    private TrackedRules tracked;

    @PostConstruct
    void trackFailedAccessRules() {
        tracked = TrackedRules.of(rules, rule -> rule.tracking().orElseThrow().opensOn().stream()
                .allMatch(event -> event.eventType().equals(EventType.FAILED_ACCESS_ESCALATED.type())));
    }

    /**
     * A step escalated. Announced again it changes nothing (unless it gives another day); a step already met or
     * withdrawn is not opened a second time, since each step comes once in a spell.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalated(FailedAccessEscalated step) {
        String subject = FailedAccessStep.of(step).subjectId();
        Optional<Deadline> known = deadlines.findTracked(DeadlineKind.FAILED_ACCESS, subject);
        if (known.isPresent() && known.get().getState() != DeadlineState.OPEN) {
            LOG.infof("Failed access step %s announced again after it was %s; nothing opened", subject,
                    known.get().getState());
            return;
        }
        checkAlertBy(step);
        tracker.apply(tracked, DeadlineKind.FAILED_ACCESS, new RuleTracker.Happened(
                EventType.FAILED_ACCESS_ESCALATED, step, step.childId(), subject, step.team(), null,
                day(step.escalatedAt()), step.escalatedAt(), step.alertBy()));
    }

    /** The failed access ended (a visit saw the child, or the visits stopped): its steps' deadlines are withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(FailedAccessEnded end) {
        applyToOpen(EventType.FAILED_ACCESS_ENDED, end, end.childId(), end.endedOn(), end.endedAt(),
                deadline -> FailedAccessStep.ofSpell(deadline.getSubjectId(), end.failedAccessId()));
    }

    /**
     * A note submitted on the child's record: a management decision meets every step escalated before it was
     * submitted (a decision recorded earlier is not the one the escalation asks for); other notes match no rule.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteSubmitted(CaseNoteSubmitted note) {
        applyToOpen(EventType.CASE_NOTE_SUBMITTED, note, note.childId(), day(note.submittedAt()), note.submittedAt(),
                deadline -> !deadline.getOpenedAt().isAfter(note.submittedAt()));
    }

    /** The child's case closed (002 s.12): no decision is owed on failed access any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseClosed(CaseClosed closure) {
        applyToOpen(EventType.CASE_CLOSED, closure, closure.childId(), closure.closedOn(), closure.closedAt(),
                deadline -> true);
    }

    private void applyToOpen(EventType type, Object payload, UUID childId, LocalDate on, Instant at,
                             Predicate<Deadline> concerned) {
        for (Deadline deadline : deadlines.openOfChild(DeadlineKind.FAILED_ACCESS, childId)) {
            if (concerned.test(deadline)) {
                tracker.apply(tracked, DeadlineKind.FAILED_ACCESS, new RuleTracker.Happened(type, payload, childId,
                        deadline.getSubjectId(), deadline.getTeam(), null, on, at));
            }
        }
    }

    // The due date is visits-service's; counted here too, it must come out the same.
    private void checkAlertBy(FailedAccessEscalated step) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = json.convertValue(step, Map.class);
        for (TrackedRules.Action action : tracked.actionsFor(EventType.FAILED_ACCESS_ESCALATED.type(), data::get)) {
            if (action.effect() != TrackedRules.Effect.OPEN) {
                continue;
            }
            LocalDate counted = FailedAccessStep.dueUnder(action.rule(), step, rules, calendar);
            if (!counted.equals(step.alertBy())) {
                LOG.warnf("Failed access %s, step to %s: visits-service says by %s, rule %s counts %s here; the "
                                + "deadline follows visits-service", step.failedAccessId(), step.escalateTo(),
                        step.alertBy(), action.rule().id(), counted);
            }
        }
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, config.zone());
    }
}
