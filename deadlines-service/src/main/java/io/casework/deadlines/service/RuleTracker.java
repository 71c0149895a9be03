package io.casework.deadlines.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.contracts.EventType;
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
 * Applies one event to the deadlines of the authority's tracked rules it names (issue 15: "a rule says which event
 * opens it, which event meets it, which events cancel it, whom it belongs to"): for each rule the event matches, the
 * open deadline of the same subject is cancelled (withdrawn, kept) or met, or a deadline is opened, due as counted
 * here under the rule from the day given, recording the version of the rules and calendar, or on the day the event
 * announces when another service owns that date. A recurring rule met by an event that also opens it (a risk alert
 * reviewed and continued, 001) is met and opened for the next cycle.
 */
// The organisation read model (who is allocated) is request-scoped; an event applied by a consumer has no request.
@ActivateRequestContext
@ApplicationScoped
public class RuleTracker {

    private static final Logger LOG = Logger.getLogger(RuleTracker.class);

    /**
     * What happened, as the tracker needs it.
     *
     * @param subjectId what the deadlines are for: the step, the alert
     * @param start     the day a deadline it opens counts from (null for an event that opens none)
     * @param on        the day it happened, which meets a deadline
     * @param announced the due date the event itself gives, counted under the same rule by the service that owns
     *                  that date (a failed access step's {@code alertBy}, visits-service's): the deadline is due then,
     *                  with no version of ours to record. Null when the due date is counted here from {@code start}
     */
    public record Happened(EventType type, Object payload, UUID childId, String subjectId, String team,
                           LocalDate start, LocalDate on, Instant at, LocalDate announced) {

        /** An event whose deadlines are counted here, from {@code start}. */
        public Happened(EventType type, Object payload, UUID childId, String subjectId, String team,
                        LocalDate start, LocalDate on, Instant at) {
            this(type, payload, childId, subjectId, team, start, on, at, null);
        }
    }

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
    StoredOrganisation organisation;

    @Inject
    ObjectMapper json;

    @Inject
    DeadlineHistory history;

    /** Applies {@code event} to the deadlines of {@code kind} under {@code tracked}'s rules. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TrackedRules tracked, DeadlineKind kind, Happened event) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = json.convertValue(event.payload(), Map.class);
        String cause = event.type().type();
        for (TrackedRules.Action action : tracked.actionsFor(cause, data::get)) {
            TimescaleRule rule = action.rule();
            Optional<Deadline> open = deadlines.findOpen(kind, rule.id(), event.subjectId());
            switch (action.effect()) {
                case CANCEL -> open.ifPresent(deadline -> {
                    deadline.withdraw(event.at(), "Cancelled by " + cause);
                    history.record(deadline, DeadlineChangeKind.WITHDRAWN, cause,
                            line -> line.because("No longer owed under rule " + rule.id()));
                });
                case MEET -> open.ifPresent(deadline -> {
                    deadline.meet(event.on(), event.at());
                    history.met(deadline, cause);
                    outbox.publish(event.childId().toString(), mapper.toMet(deadline));
                });
                case OPEN -> open(kind, rule, event, open);
            }
        }
    }

    private void open(DeadlineKind kind, TimescaleRule rule, Happened event, Optional<Deadline> open) {
        boolean countedHere = event.announced() == null;
        if (countedHere && event.start() == null) {
            LOG.warnf("Rule %s opens on an event with no start date; %s left untracked", rule.id(),
                    event.subjectId());
            return;
        }
        LocalDate due = countedHere ? rule.dueDate(event.start(), calendar) : event.announced();
        String cause = event.type().type();
        if (open.isPresent()) {
            // Opened again (a priority set back to what it was, a step announced again): the one deadline stays,
            // due as counted or announced now.
            if (!open.get().getDueDate().equals(due)) {
                LocalDate before = open.get().getDueDate();
                open.get().reschedule(due);
                history.record(open.get(), DeadlineChangeKind.RESCHEDULED, cause, line -> line.movedFrom(before));
                outbox.publish(event.childId().toString(), mapper.toOpened(open.get()));
            }
            return;
        }
        // A due date another service counted is not ours to count again after a release: no version, no start.
        Deadline deadline = Deadline.openUnderRule(event.childId(), kind, rule.id(), rules.authority(),
                countedHere ? registry.version() : null, event.subjectId(), event.team(), owner(rule, event.childId()),
                countedHere ? event.start() : null, due, event.at());
        deadlines.persist(deadline);
        history.record(deadline, DeadlineChangeKind.OPENED, cause);
        outbox.publish(event.childId().toString(), mapper.toOpened(deadline));
    }

    /** The allocated worker holds an ALLOCATED_WORKER rule's deadline; a manager's is the team's, like oversight. */
    private String owner(TimescaleRule rule, UUID childId) {
        if (rule.tracking().orElseThrow().owner() != DeadlineRole.ALLOCATED_WORKER) {
            return null;
        }
        return organisation.child(childId).map(ChildFacts::allocatedWorker).orElse(null);
    }
}
