package io.casework.approvals.service;

import io.casework.approvals.domain.RoutingReason;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.approvals.repository.KnownDeadline;
import io.casework.approvals.repository.KnownDeadlineRepository;
import io.casework.contracts.events.DeadlineBreached;
import io.casework.contracts.events.DeadlineEscalated;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.DeadlineOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What deadlines-service announces, applied here (issue 15): due dates, which a decision's request takes from the
 * deadline of its subject instead of counting them again; and breaches and escalation steps, which reach the person
 * the rule names as alerts in their inbox and live stream, the same kind of item as a refused attempt on a restricted
 * record.
 *
 * <p>The rule names roles; the person is found here, where the management lines are kept ({@link RoleHolders}). A
 * breached deadline somebody holds by name goes to them.
 */
@ApplicationScoped
public class DeadlineAlerts {

    private static final Logger LOG = Logger.getLogger(DeadlineAlerts.class);

    @Inject
    KnownDeadlineRepository known;

    @Inject
    InboxService inbox;

    @Inject
    RoleHolders holders;

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    ApprovalCatalogue kinds;

    @Inject
    RequestRouting routing;

    @Inject
    OrganisationService organisation;

    @Inject
    Clock clock;

    /** A deadline opened, or announced again with another due date: pending requests about its subject follow it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(DeadlineOpened deadline) {
        dueOn(deadline.deadlineId(), deadline.ruleId(), deadline.subjectId(), deadline.dueDate());
    }

    /** A manager extended a deadline: pending requests about its subject are due on the new day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void extended(DeadlineExtended extension) {
        dueOn(extension.deadlineId(), extension.ruleId(), extension.subjectId(), extension.dueDate());
    }

    /** The due date deadlines-service gave the subject under the rule, if it has announced one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LocalDate> dueDateOf(String ruleId, String subjectId) {
        return ruleId == null ? Optional.empty() : known.dueDateOf(ruleId, subjectId);
    }

    /** A deadline passed its due date unmet: whoever holds it, or holds its rule's role in the team, is alerted. */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void breached(DeadlineBreached breach) {
        Optional<String> recipient = Optional.ofNullable(breach.assignee())
                .or(() -> holders.holderOf(breach.owner(), breach.team(), breach.childId()));
        alert(recipient, breach.childId(), breach.deadlineId(), breach.ruleId(), breach.dueDate(), 0,
                "Overdue: " + what(breach.ruleId(), breach.kind()) + " was due by " + breach.dueDate());
        escalateRequests(breach);
    }

    /**
     * A decision whose deadline passed escalates to the next manager up the line, and stays open: a late decision is
     * recorded and marked, never locked out (issue 17; 004 "the manager can no longer comment" is what this avoids).
     * The one it was with can still decide it (DecisionRight.DECIDING_POST_AFTER_ESCALATION).
     * Announced again, a breach finds the request
     * escalated already and moves it no further.
     */
    private void escalateRequests(DeadlineBreached breach) {
        List<String> timed = kinds.timedBy(breach.ruleId());
        if (timed.isEmpty() || breach.subjectId() == null) {
            return;
        }
        for (ApprovalRequest request : requests.pendingTimedBy(timed, breach.subjectId())) {
            if (request.getEscalatedAt() != null) {
                continue;
            }
            organisation.lineOf(request.getTeam()).ifPresent(line -> routing.moveUp(request, line,
                    routing.postOf(request, line), RoutingReason.DEADLINE_BREACHED, RequestRouting.SYSTEM,
                    "its decision was due by " + breach.dueDate() + " and is overdue"));
        }
    }

    /** A breached deadline reached a step of its rule's escalation: the holder of the step's role is alerted. */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalated(DeadlineEscalated step) {
        alert(holders.holderOf(step.role(), step.team(), step.childId()), step.childId(), step.deadlineId(),
                step.ruleId(), step.dueDate(), step.step(), "Escalated to you (step " + step.step() + "): "
                        + what(step.ruleId(), step.kind()) + " was due by " + step.dueDate()
                        + " and is still not done");
    }

    private void dueOn(UUID deadlineId, String ruleId, String subjectId, LocalDate dueDate) {
        known.findByIdOptional(deadlineId).ifPresentOrElse(
                deadline -> deadline.dueOn(dueDate, clock.instant()),
                () -> known.persist(KnownDeadline.of(deadlineId, ruleId, subjectId, dueDate, clock.instant())));
        known.setDueOfPendingRequests(kinds.timedBy(ruleId), subjectId, dueDate);
    }

    private void alert(Optional<String> recipient, UUID childId, UUID deadlineId, String ruleId, LocalDate dueDate,
                       int step, String message) {
        if (recipient.isEmpty()) {
            LOG.warnf("Deadline %s (%s) step %d: nobody holds the role its rule names in the child's team; no alert",
                    deadlineId, ruleId, step);
            return;
        }
        inbox.alertDeadline(recipient.get(), childId, deadlineId, ruleId, dueDate, step, message);
    }

    private static String what(String ruleId, String kind) {
        if ("FAILED_ACCESS".equals(kind)) {
            return "the case management decision on failed visits (rule " + ruleId + ")";
        }
        return "PATHWAY_STEP".equals(kind) || kind == null ? "the work under rule " + ruleId
                : kind.toLowerCase().replace('_', ' ') + " (rule " + ruleId + ")";
    }
}
