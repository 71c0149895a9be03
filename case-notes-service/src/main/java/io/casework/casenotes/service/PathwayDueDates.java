package io.casework.casenotes.service;

import io.casework.casenotes.domain.pathway.CfaPriority;
import io.casework.casenotes.domain.pathway.CfaRules;
import io.casework.casenotes.repository.PathwayStep;
import io.casework.casenotes.repository.PathwayStepRepository;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.DeadlineOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A C&F's due date and the day its supervisor is reminded to set the priority (004 "Setting A Due Date (Priority)
 * for New C&F"), learnt from deadlines-service, the one service that computes them (docs/architecture.md "Who
 * computes each due date"): the deadline it opens for the step under the priority's rule, or under the reminder's,
 * gives the date, and a manager's extension of that deadline moves it. deadlines-service announces only open
 * deadlines, and an announcement for a priority the step no longer has is passed by, so a withdrawn deadline never
 * sets the step's date.
 */
@ApplicationScoped
public class PathwayDueDates {

    /** The kind of deadline deadlines-service opens on a pathway step, whose subject is the step's id. */
    static final String PATHWAY_STEP = "PATHWAY_STEP";

    @Inject
    PathwayStepRepository steps;

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(DeadlineOpened deadline) {
        learn(deadline.kind(), deadline.childId(), deadline.subjectId(), deadline.ruleId(), deadline.dueDate());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void extended(DeadlineExtended extension) {
        learn(extension.kind(), extension.childId(), extension.subjectId(), extension.ruleId(), extension.dueDate());
    }

    private void learn(String kind, UUID childId, String subjectId, String ruleId, LocalDate date) {
        if (!PATHWAY_STEP.equals(kind)) {
            return;
        }
        stepOf(childId, subjectId).ifPresent(step -> CfaRules.dateSetBy(ruleId, priorityOf(step))
                .ifPresent(which -> step.learnt(which, date)));
    }

    private Optional<PathwayStep> stepOf(UUID childId, String subjectId) {
        UUID stepId;
        try {
            stepId = UUID.fromString(subjectId);
        } catch (IllegalArgumentException notAStep) {
            return Optional.empty();
        }
        return steps.ofChildForUpdate(childId, stepId);
    }

    /** The step's priority now; none for a step that is not a C&F, whose deadlines give it no date. */
    private static CfaPriority priorityOf(PathwayStep step) {
        return step.getPriorityWorkingDays() == null ? null
                : CfaPriority.ofWorkingDays(step.getPriorityWorkingDays()).orElse(null);
    }
}
