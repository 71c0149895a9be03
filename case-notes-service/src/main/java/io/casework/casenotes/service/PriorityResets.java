package io.casework.casenotes.service;

import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.EntryFacts;
import io.casework.casenotes.domain.pathway.CfaPriority;
import io.casework.casenotes.mapping.PathwayMapper;
import io.casework.casenotes.repository.PathwayStep;
import io.casework.casenotes.repository.PathwayStepEntry.Act;
import io.casework.casenotes.repository.PathwayStepEntry;
import io.casework.casenotes.repository.PathwayStepEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The one way a C&F's priority is reset (004 "Setting A Due Date (Priority) for New C&F"; DOMAIN rule 20): the step
 * takes the new priority and drops its due date, the reset is kept as an entry on the child's chain, and announced as
 * casework.case-notes.pathway-step-priority-changed, whether the practice manager reset it themselves or approved a
 * worker's request for it (issue 17). The caller has checked {@code CfaRules.priorityChangeRefusal} first.
 */
@ApplicationScoped
public class PriorityResets {

    @Inject
    PathwayStepEntryRepository entries;

    @Inject
    PathwayMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Resets the locked C&F {@code step} to {@code asked}, for {@code reasons}, by the manager {@code by}; {@code
     * approvalRequestId} names the worker's request they approved, null for their own reset.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reset(PathwayStep step, CfaPriority asked, String reasons, Person by, UUID approvalRequestId) {
        LocalDate previousDue = step.getDueDate();
        // The new due date is deadlines-service's to count; the step learns it from the deadline that service opens.
        step.reprioritise(asked.workingDays());
        Instant at = clock.instant();
        String why = reasons.strip();
        entries.append(PathwayStepEntry.of(step, Act.PRIORITY_CHANGED, EntryFacts.of("workingDays", asked.workingDays(),
                "previousDueDate", previousDue, "reasons", why, "approvalRequestId", approvalRequestId), by, at));
        outbox.publish(step.getChildId().toString(), mapper.priorityChanged(step, previousDue, why, by.username(), at,
                approvalRequestId));
    }
}
