package io.casework.deadlines.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
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
import io.casework.deadlines.mapping.DeadlineMapper;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.timescales.DeadlineRole;
import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.TimescaleRule;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The deadlines of children's pathway steps, as the authority's tracked rules say (issue 15; 004 "Setting A Due Date
 * (Priority) for New C&F"): each pathway event is matched against the rules whose deadlines open on pathway steps,
 * and cancels, meets or opens them. The due date is counted here, from the step's start date under the rule, and
 * records the version of the rules and calendar it was counted under. A roll-back (000) withdraws the deadlines of
 * the steps it moved out of the record; a re-added step is announced as started again and opens them anew.
 */
// The organisation read model (who is allocated) is request-scoped; an event applied by a consumer has no request.
@ActivateRequestContext
@ApplicationScoped
public class PathwayDeadlines {

    private static final Logger LOG = Logger.getLogger(PathwayDeadlines.class);
    private static final String PATHWAY_STEP_EVENTS = "casework.case-notes.pathway-step-";

    @Inject
    DeadlineRepository deadlines;

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
    TimescalesConfig config;

    @Inject
    StoredOrganisation organisation;

    @Inject
    ObjectMapper json;

    @Inject
    DeadlineHistory history;

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

    /**
     * @param start the step's start date, the day its deadlines count from (null for an event that opens none)
     * @param on    the day the event happened, which meets a deadline
     */
    private void apply(EventType type, Object payload, UUID childId, UUID stepId, String team, LocalDate start,
                       LocalDate on, Instant at) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = json.convertValue(payload, Map.class);
        for (TrackedRules.Action action : tracked.actionsFor(type.type(), data::get)) {
            TimescaleRule rule = action.rule();
            Optional<Deadline> open = deadlines.findOpen(DeadlineKind.PATHWAY_STEP, rule.id(), stepId.toString());
            switch (action.effect()) {
                case CANCEL -> open.ifPresent(deadline -> {
                    deadline.withdraw(at, "Cancelled by " + type.type());
                    history.record(deadline, DeadlineChangeKind.WITHDRAWN, type.type(),
                            line -> line.because("No longer owed under rule " + rule.id()));
                });
                case MEET -> open.ifPresent(deadline -> {
                    deadline.meet(on, at);
                    history.met(deadline, type.type());
                    outbox.publish(childId.toString(), mapper.toMet(deadline));
                });
                case OPEN -> open(rule, childId, stepId, team, start, at, open, type);
            }
        }
    }

    private void open(TimescaleRule rule, UUID childId, UUID stepId, String team, LocalDate start, Instant at,
                      Optional<Deadline> open, EventType cause) {
        if (start == null) {
            LOG.warnf("Rule %s opens on an event with no start date; step %s left untracked", rule.id(), stepId);
            return;
        }
        LocalDate due = rule.dueDate(start, calendar);
        if (open.isPresent()) {
            // Opened again (a priority set back to what it was): the one deadline stays, due as counted now.
            if (!open.get().getDueDate().equals(due)) {
                LocalDate before = open.get().getDueDate();
                open.get().reschedule(due);
                history.record(open.get(), DeadlineChangeKind.RESCHEDULED, cause.type(), line -> line.movedFrom(before));
                outbox.publish(childId.toString(), mapper.toOpened(open.get()));
            }
            return;
        }
        Deadline deadline = Deadline.openForStep(childId, rule.id(), rules.authority(), registry.version(), stepId,
                team, owner(rule, childId), start, due, at);
        deadlines.persist(deadline);
        history.record(deadline, DeadlineChangeKind.OPENED, cause.type());
        outbox.publish(childId.toString(), mapper.toOpened(deadline));
    }

    /** The allocated worker holds an ALLOCATED_WORKER rule's deadline; a manager's is the team's, like oversight. */
    private String owner(TimescaleRule rule, UUID childId) {
        if (rule.tracking().orElseThrow().owner() != DeadlineRole.ALLOCATED_WORKER) {
            return null;
        }
        return organisation.child(childId).map(ChildFacts::allocatedWorker).orElse(null);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, config.zone());
    }
}
