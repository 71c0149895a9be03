package io.casework.approvals.service;

import io.casework.approvals.mapping.People;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Person;
import io.casework.contracts.DirectDecision;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.contracts.events.RiskAlertReviewed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;

/**
 * The register of decisions a manager made within their own authority, in the service that owns the subject (issue
 * 17: "a decider acting within their own authority records a decision without a request ... with reasons like any
 * other"). The owning service applied each as it was made; kept here beside the requested ones, each once, however
 * often its event is announced.
 */
@ApplicationScoped
public class DirectDecisions {

    private static final Logger LOG = Logger.getLogger(DirectDecisions.class);

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    StoredOrganisation childFacts;

    @Inject
    People people;

    /** 004 "Setting A Due Date (Priority) for New C&F": the practice manager reset the priority, with reasons. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void priorityChanged(PathwayStepPriorityChanged changed) {
        if (changed.approvalRequestId() != null) {
            return; // applies a request decided here: that request is the decision, already in the register
        }
        record(DirectDecision.CF_PRIORITY_CHANGE, changed.childId(), changed.stepId().toString(), changed.team(),
                changed.changedBy(), "Priority reset to " + changed.priorityWorkingDays() + " working days: "
                        + changed.reasons(), changed.changedAt());
    }

    /** A manager gave an open deadline a later due date, saying why. */
    // The child's team comes from the organisation read model, which is request-scoped.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlineExtended(DeadlineExtended extension) {
        if (extension.approvalRequestId() != null) {
            return; // applies a request decided here: that request is the decision, already in the register
        }
        String team = childFacts.child(extension.childId()).map(ChildFacts::team).orElse(null);
        if (team == null) {
            LOG.warnf("Extension of deadline %s: child %s is not known here yet; not registered",
                    extension.deadlineId(), extension.childId());
            return;
        }
        record(DirectDecision.DEADLINE_EXTENSION, extension.childId(), extension.deadlineId().toString(), team,
                extension.extendedBy(), "Due date moved from " + extension.previousDueDate() + " to "
                        + extension.dueDate() + ": " + extension.reason(), extension.extendedAt());
    }

    /** 001 "Risk Alerts": the head of service reviewed a risk alert, continuing or ending it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void riskAlertReviewed(RiskAlertReviewed review) {
        record(DirectDecision.RISK_ALERT_REVIEW, review.childId(), review.riskAlertId().toString(), review.team(),
                review.reviewedBy(), review.outcome() + ": " + review.reasons(), review.reviewedAt());
    }

    // Once per decision: the same change announced again under another event id finds itself registered.
    private void record(DirectDecision kind, UUID childId, String subjectId, String team, String decidedBy,
                        String reasons, Instant decidedAt) {
        if (requests.directExists(kind.name(), subjectId, decidedAt)) {
            return;
        }
        // The name and post as the organisation model holds them now: the event names the manager by username only.
        Person decider = people.named(decidedBy);
        String name = decider.fullName() != null ? decider.fullName() : decidedBy;
        String designation = decider.designation() != null ? decider.designation() : "Manager";
        requests.persist(ApprovalRequest.direct(kind.name(), childId, subjectId,
                requests.nextVersion(kind.name(), subjectId), team, decidedBy, name, designation, reasons,
                decidedAt));
    }
}
