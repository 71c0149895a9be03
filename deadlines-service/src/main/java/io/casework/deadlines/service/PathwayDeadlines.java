package io.casework.deadlines.service;

import io.casework.backbone.timescales.TimescalesConfig;
import io.casework.contracts.EventType;
import io.casework.contracts.events.ChildRolledBack;
import io.casework.contracts.events.PathwayStepDecided;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.deadlines.domain.DeadlineChangeKind;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.TrackedRules;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.timescales.RuleSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The deadlines of children's pathway steps, as the authority's tracked rules say (issue 15; 004 "Setting A Due Date
 * (Priority) for New C&F"): each pathway event is matched against the rules whose deadlines open on pathway steps,
 * and cancels, meets or opens them ({@link RuleTracker}). The due date is counted here, from the step's start date
 * under the rule, and records the version of the rules and calendar it was counted under. A roll-back (000)
 * withdraws the deadlines of the steps it moved out of the record; a re-added step is announced as started again and
 * opens them anew.
 */
@ApplicationScoped
public class PathwayDeadlines {

    private static final String PATHWAY_STEP_EVENTS = "casework.case-notes.pathway-step-";

    @Inject
    DeadlineRepository deadlines;

    @Inject
    RuleSet rules;

    @Inject
    TimescalesConfig config;

    @Inject
    DeadlineHistory history;

    @Inject
    RuleTracker tracker;

    private TrackedRules tracked;

    @PostConstruct
    void trackPathwayRules() {
        // The rules whose deadlines a pathway step opens; the others are tracked elsewhere or not yet.
        tracked = TrackedRules.of(rules, rule -> rule.tracking().orElseThrow().opensOn().stream()
                .allMatch(event -> event.eventType().startsWith(PATHWAY_STEP_EVENTS)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void started(PathwayStepStarted step) {
        apply(EventType.PATHWAY_STEP_STARTED, step, step.childId(), step.stepId(), step.team(), step.startDate(),
                step.startDate(), step.recordedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void priorityChanged(PathwayStepPriorityChanged change) {
        apply(EventType.PATHWAY_STEP_PRIORITY_CHANGED, change, change.childId(), change.stepId(), change.team(),
                change.startDate(), day(change.changedAt()), change.changedAt());
    }

    /**
     * A meeting or discussion was held: it meets the rules it was due under (a strategy discussion within 24 hours,
     * 004) and opens those counted from the meeting (its record within so many days, 001 and 003), from the day it
     * was held.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void held(PathwayStepHeld meeting) {
        LocalDate day = day(meeting.heldAt());
        apply(EventType.PATHWAY_STEP_HELD, meeting, meeting.childId(), meeting.stepId(), meeting.team(), day, day,
                meeting.recordedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(PathwayStepDecided decision) {
        apply(EventType.PATHWAY_STEP_DECIDED, decision, decision.childId(), decision.stepId(), decision.team(), null,
                decision.decidedDate(), decision.decidedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(PathwayStepEnded end) {
        apply(EventType.PATHWAY_STEP_ENDED, end, end.childId(), end.stepId(), end.team(), null, end.endDate(),
                end.endedAt());
    }

    /** 000: the steps a roll-back moved out of the record are no longer due; their deadlines are withdrawn, kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rolledBack(ChildRolledBack rollBack) {
        for (ChildRolledBack.MovedStep step : rollBack.steps()) {
            for (Deadline deadline : deadlines.openOf(DeadlineKind.PATHWAY_STEP, step.stepId().toString())) {
                String reason = "The step was rolled back by roll-back " + rollBack.rollBackId() + " (000)";
                deadline.withdraw(rollBack.rolledBackAt(), reason);
                history.record(deadline, DeadlineChangeKind.WITHDRAWN, EventType.CHILD_ROLLED_BACK.type(),
                        line -> line.because(reason));
            }
        }
    }

    private void apply(EventType type, Object payload, UUID childId, UUID stepId, String team, LocalDate start,
                       LocalDate on, Instant at) {
        tracker.apply(tracked, DeadlineKind.PATHWAY_STEP,
                new RuleTracker.Happened(type, payload, childId, stepId.toString(), team, start, on, at));
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, config.zone());
    }
}
