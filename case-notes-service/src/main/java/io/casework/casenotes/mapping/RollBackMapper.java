package io.casework.casenotes.mapping;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.rollback.RollBackRules;
import io.casework.casenotes.domain.rollback.RollBackState;
import io.casework.casenotes.repository.RequestDecision;
import io.casework.casenotes.repository.RollBackRequest;
import io.casework.casenotes.repository.RolledBackItem;
import io.casework.casenotes.rest.dto.RollBackDecisionDto;
import io.casework.casenotes.rest.dto.RollBackRequestDto;
import io.casework.casenotes.rest.dto.RolledBackItemDto;
import io.casework.casenotes.rest.dto.RolledBackStepDto;
import io.casework.contracts.Outcome;
import io.casework.contracts.PathwayStepKind;
import io.casework.contracts.events.RollBackRequested;
import org.mapstruct.Mapper;

/** Roll-back requests and what they moved, onto the wire and into the event approvals-service routes. */
@Mapper
public interface RollBackMapper {

    default RollBackRequestDto toDto(RollBackRequest request) {
        return new RollBackRequestDto(request.getId(), request.getChildId(), request.getCaseNumber(),
                request.getChildName(), request.getAllocatedWorker(), request.getTeam(), request.getServiceArea(),
                request.getDateOfRequest(), request.getReason(), request.getRollBackTo(),
                request.getSteps().stream().map(RollBackMapper::step).toList(), request.getImpact(),
                request.getState(), request.getRequestedBy(), request.getRequestedAt(), request.getManager(),
                request.getManagerComments(), request.getCommentedAt(), decision(request), request.getRollBackId());
    }

    private static RolledBackStepDto step(RollBackRules.Step step) {
        return new RolledBackStepDto(step.id(), PathwayStepKind.valueOf(step.kind()), step.startDate());
    }

    /** The decision as the request recorded it; null until made. A refusal is a return, in the suite's words. */
    default RollBackDecisionDto decision(RollBackRequest request) {
        RequestDecision made = request.getDecision();
        if (made == null || !(request.getState() == RollBackState.APPROVED
                || request.getState() == RollBackState.REFUSED)) {
            return null;
        }
        Outcome outcome = request.getState() == RollBackState.APPROVED ? Outcome.APPROVED : Outcome.RETURNED;
        return new RollBackDecisionDto(outcome, made.getComments(), new Person(made.getDecidedBy(),
                made.getDecidedByName(), made.getDecidedByDesignation(), null), made.getDecidedAt(),
                made.getApprovalRequestId());
    }

    default RolledBackItemDto toDto(RolledBackItem item) {
        return new RolledBackItemDto(item.getRollBackId(), item.getKind(), item.getItemId(), item.getStepId(),
                item.getReAddedAs(), item.getReAddedBy(), item.getReAddedAt());
    }

    /** What approvals-service needs to route the request and show it to the decider: the form, never the record. */
    default RollBackRequested requested(RollBackRequest request) {
        Person requester = request.getRequestedBy();
        Person manager = request.getManager();
        return new RollBackRequested(request.getId(), request.getChildId(), request.getCaseNumber(),
                request.getChildName(), request.getAllocatedWorker(), request.getTeam(), request.getServiceArea(),
                request.getDateOfRequest(), request.getReason(), request.getRollBackTo(),
                request.getSteps().stream().map(step -> new RollBackRequested.RolledBackStep(step.id(), step.kind(),
                        step.startDate())).toList(),
                request.getImpact(), manager.username(), manager.fullName(), request.getManagerComments(),
                requester.username(), requester.fullName(), requester.designation(), request.getRequestedAt());
    }
}
