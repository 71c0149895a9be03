package io.casework.casenotes.service;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.pathway.CfaPriority;
import io.casework.casenotes.domain.pathway.CfaRules;
import io.casework.casenotes.repository.PathwayStep;
import io.casework.casenotes.repository.PathwayStepRepository;
import io.casework.contracts.DirectDecision;
import io.casework.contracts.InvalidEventException;
import io.casework.contracts.PathwayStepKind;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * A worker's request to reset a C&F's priority, approved by the practice manager in approvals-service (issue 17; the
 * catalogue's CF_PRIORITY_CHANGE, 004 "Setting A Due Date (Priority) for New C&F"): applied as the manager's own reset
 * would be, under the same rules, in the transaction that consumes the decision. A returned request changes nothing.
 */
@ApplicationScoped
public class ApprovedPriorityChanges {

    private static final Logger LOG = Logger.getLogger(ApprovedPriorityChanges.class);

    @Inject
    PathwayStepRepository steps;

    @Inject
    PriorityResets resets;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ApprovalDecided decision) {
        if (!DirectDecision.CF_PRIORITY_CHANGE.approvedIn(decision)) {
            return;
        }
        Optional<PathwayStep> held = lockedAssessment(decision);
        if (held.isEmpty()) {
            return;
        }
        PathwayStep step = held.get();
        CfaPriority asked = priorityOf(decision);
        // An assessment decided since the worker asked, or reset to that priority already, has moved on, as a note
        // does from the version decided (OversightService): no retry could apply the decision, and the step as it now
        // stands is right. Logged and passed by, never dead-lettered. The same decision arriving again under another
        // event id finds the priority unchanged, so it is applied once.
        Optional<CfaRules.Refusal> refusal = step.refusalToReprioritise(asked);
        if (refusal.isPresent()) {
            LOG.warnf("Approved priority change %s of step %s to %d working days not applied: %s (the step is %s at "
                            + "%d working days)", decision.requestId(), step.getId(), asked.workingDays(),
                    refusal.get(), step.getState(), step.getPriorityWorkingDays());
            return;
        }
        resets.reset(step, asked, decision.detail(DirectDecision.REASON), new Person(decision.decidedBy(),
                decision.decidedByName(), decision.decidedByDesignation(), null), decision.requestId());
    }

    /**
     * The C&F the decision is on, locked; empty, with a warning, when a roll-back has since moved it out of the record.
     * As the other decisions' consumers here treat a subject they do not hold (OversightService,
     * InformationRemovalService): a step this service never held for the child, or one with no priority, is a defect
     * of the event, sent to the dead-letter topic with the reason.
     */
    private Optional<PathwayStep> lockedAssessment(ApprovalDecided decision) {
        UUID stepId = decision.subjectUuid();
        PathwayStep step = steps.findByIdOptional(stepId).filter(found -> found.getChildId().equals(decision.childId()))
                .orElseThrow(() -> new InvalidEventException("decision " + decision.requestId() + " concerns pathway "
                        + "step " + stepId + ", which this service does not hold for child " + decision.childId()));
        if (step.getKind() != PathwayStepKind.CF_ASSESSMENT) {
            throw new InvalidEventException("decision " + decision.requestId() + " resets the priority of a "
                    + step.getKind() + "; only a Child and Family Assessment has one");
        }
        Optional<PathwayStep> locked = steps.ofChildForUpdate(decision.childId(), stepId);
        if (locked.isEmpty()) {
            LOG.warnf("Approved priority change %s of step %s not applied: a roll-back moved the step out of the "
                    + "child's record", decision.requestId(), stepId);
        }
        return locked;
    }

    private static CfaPriority priorityOf(ApprovalDecided decision) {
        String asked = decision.detail(DirectDecision.PRIORITY);
        try {
            return CfaPriority.ofWorkingDays(Integer.parseInt(asked.strip())).orElseThrow();
        } catch (RuntimeException e) {
            throw new InvalidEventException("decision " + decision.requestId() + " asks for a priority 004 does not "
                    + "allow (10, 30 or 45 working days): " + asked);
        }
    }
}
