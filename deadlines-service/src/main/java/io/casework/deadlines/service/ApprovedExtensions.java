package io.casework.deadlines.service;

import io.casework.contracts.DirectDecision;
import io.casework.contracts.EventType;
import io.casework.contracts.InvalidEventException;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.deadlines.domain.ExtensionRefusal;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * A worker's request for a later due date, approved by the practice manager in approvals-service (issue 17; the
 * catalogue's DEADLINE_EXTENSION, 004 "Setting A Due Date (Priority) for New C&F"): applied as the manager's own
 * extension would be, under the same rules, in the transaction that consumes the decision. A returned request changes
 * nothing.
 */
@ApplicationScoped
public class ApprovedExtensions {

    private static final Logger LOG = Logger.getLogger(ApprovedExtensions.class);

    /** The catalogue's limit on the reason, and the history's column. */
    private static final int REASON_MAX = 1000;

    @Inject
    DeadlineRepository deadlines;

    @Inject
    DeadlineExtensions extensions;

    // The manager's post is read from the organisation model, which is request-scoped.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ApprovalDecided decision) {
        if (!DirectDecision.DEADLINE_EXTENSION.approvedIn(decision)) {
            return;
        }
        Deadline deadline = lockedDeadline(decision);
        LocalDate dueDate = dueDateOf(decision);
        // A deadline met, withdrawn or extended further since the worker asked has moved on, as a note does from the
        // version decided in OversightService: no retry could ever apply the decision, and the deadline as it now
        // stands is right. Logged and passed by, never dead-lettered. The same decision arriving again under another
        // event id finds the date no longer later, so it is applied once.
        Optional<ExtensionRefusal> refusal = deadline.refusalToExtend(dueDate);
        if (refusal.isPresent()) {
            LOG.warnf("Approved extension %s of deadline %s to %s not applied: %s (the deadline is %s, due %s)",
                    decision.requestId(), deadline.getId(), dueDate, refusal.get(), deadline.getState(),
                    deadline.getDueDate());
            return;
        }
        extensions.extend(deadline, new DeadlineExtensions.Extension(dueDate, reasonOf(decision), decision.decidedBy(),
                decision.decidedByDesignation(), EventType.APPROVAL_DECIDED.type(), decision.requestId()));
    }

    // As the suite's other consumers of decisions treat a subject they never held (case-notes' OversightService,
    // InformationRemovalService): a defect of the event, sent to the dead-letter topic with the reason.
    private Deadline lockedDeadline(ApprovalDecided decision) {
        UUID deadlineId = decision.subjectUuid();
        return deadlines.findByIdOptional(deadlineId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.getChildId().equals(decision.childId()))
                .orElseThrow(() -> new InvalidEventException("decision " + decision.requestId() + " concerns "
                        + "deadline " + deadlineId + ", which this service does not hold for child "
                        + decision.childId()));
    }

    // Checked here, not left to the history's column: a database refusal would be retried for ever.
    private static String reasonOf(ApprovalDecided decision) {
        String reason = decision.detail(DirectDecision.REASON).strip();
        if (reason.length() > REASON_MAX) {
            throw new InvalidEventException("decision " + decision.requestId() + " gives a reason longer than "
                    + REASON_MAX + " characters");
        }
        return reason;
    }

    private static LocalDate dueDateOf(ApprovalDecided decision) {
        String asked = decision.detail(DirectDecision.DUE_DATE);
        try {
            return LocalDate.parse(asked);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("decision " + decision.requestId() + " asks for a due date that is not "
                    + "a date: " + asked);
        }
    }
}
