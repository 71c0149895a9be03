package io.casework.casenotes.mapping;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.closure.ClosureState;
import io.casework.casenotes.domain.closure.ClosureStep;
import io.casework.casenotes.repository.CaseClosure;
import io.casework.casenotes.repository.CaseClosureEntry;
import io.casework.casenotes.repository.CaseClosureStepDone;
import io.casework.casenotes.repository.RequestDecision;
import io.casework.casenotes.rest.dto.CaseClosureDto;
import io.casework.casenotes.rest.dto.ClosureDecisionDto;
import io.casework.casenotes.rest.dto.ClosureFeedbackDto;
import io.casework.casenotes.rest.dto.ClosureStepDto;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.CaseClosed;
import io.casework.contracts.events.CaseClosureRequested;
import org.mapstruct.Mapper;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Case closures onto the wire and into the events approvals-service and the schedules read. */
@Mapper
public interface CaseClosureMapper {

    default CaseClosureDto toDto(CaseClosure closure, List<CaseClosureStepDone> done) {
        Map<ClosureStep, CaseClosureStepDone> byStep = done.stream()
                .collect(Collectors.toMap(CaseClosureStepDone::getStep, Function.identity()));
        List<ClosureStepDto> steps = Arrays.stream(ClosureStep.values())
                .map(step -> step.managers() ? oversight(closure) : step(step, byStep.get(step)))
                .toList();
        return new CaseClosureDto(closure.getId(), closure.getChildId(), closure.getReason(),
                closure.getReasonDetails(), closure.getReferrerFeedback(), closure.getState(), closure.getStartedBy(),
                closure.getStartedAt(), closure.getSubmittedAt(), steps, decision(closure), closure.getClosedOn(),
                closure.getVersion());
    }

    /** A worker's step, done or not. */
    default ClosureStepDto step(ClosureStep step, CaseClosureStepDone done) {
        if (done == null) {
            return new ClosureStepDto(step, step.number(), false, false, null, null, null, null, null);
        }
        return new ClosureStepDto(step, step.number(), false, true, done.getNoteId(), null, done.getDetails(),
                done.getDoneBy(), done.getDoneAt());
    }

    /** Step 3: done when the practice manager approved, by them, with the management entry holding the reasons. */
    default ClosureStepDto oversight(CaseClosure closure) {
        RequestDecision made = closure.getDecision();
        if (closure.getState() != ClosureState.CLOSED || made == null) {
            return new ClosureStepDto(ClosureStep.MANAGEMENT_OVERSIGHT, ClosureStep.MANAGEMENT_OVERSIGHT.number(),
                    true, false, null, null, null, null, null);
        }
        return new ClosureStepDto(ClosureStep.MANAGEMENT_OVERSIGHT, ClosureStep.MANAGEMENT_OVERSIGHT.number(), true,
                true, null, closure.getManagementEntryId(), made.getComments(), decider(made), made.getDecidedAt());
    }

    default ClosureDecisionDto decision(CaseClosure closure) {
        RequestDecision made = closure.getDecision();
        if (made == null) {
            return null;
        }
        Outcome outcome = closure.getState() == ClosureState.CLOSED ? Outcome.APPROVED : Outcome.RETURNED;
        return new ClosureDecisionDto(outcome, made.getComments(), decider(made), made.getDecidedAt(),
                made.getApprovalRequestId(), closure.getManagementEntryId());
    }

    default ClosureFeedbackDto feedback(CaseClosureEntry entry) {
        return new ClosureFeedbackDto(entry.getId(), (String) entry.getFacts().get("feedback"),
                entry.getBy(), entry.getAt());
    }

    private static Person decider(RequestDecision made) {
        return new Person(made.getDecidedBy(), made.getDecidedByName(), made.getDecidedByDesignation(), null);
    }

    /** What approvals-service needs to route the closure and show it to the practice manager: never the record. */
    default CaseClosureRequested requested(CaseClosure closure, Person by, Instant at) {
        return new CaseClosureRequested(closure.getId(), closure.getChildId(), closure.getReason().name(),
                closure.getReasonDetails(), closure.getReferrerFeedback(), closure.getTeam(), by.username(),
                by.fullName() == null ? by.username() : by.fullName(),
                by.designation() == null ? "" : by.designation(), at);
    }

    default CaseClosed closed(CaseClosure closure, Instant at) {
        RequestDecision made = closure.getDecision();
        return new CaseClosed(closure.getId(), closure.getChildId(), closure.getReason().name(),
                closure.getClosedOn(), made.getDecidedBy(), made.getApprovalRequestId(), at);
    }
}
