package io.casework.casenotes.mapping;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RestrictionRequestState;
import io.casework.casenotes.repository.RequestDecision;
import io.casework.casenotes.repository.RestrictionRequest;
import io.casework.casenotes.rest.dto.ChildRestrictionRequestDto;
import io.casework.casenotes.rest.dto.RestrictionDecisionDto;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.RestrictionRequested;
import org.mapstruct.Mapper;

/** Restriction requests onto the wire and into the event approvals-service routes, by name. */
@Mapper
public interface RestrictionRequestMapper {

    default ChildRestrictionRequestDto toDto(RestrictionRequest request) {
        return new ChildRestrictionRequestDto(request.getId(), request.getChildId(), request.getRestriction(),
                request.getReasons(), request.getState(), request.getRequestedBy(), request.getRequestedAt(),
                decision(request));
    }

    /** The decision as the request recorded it; null while pending. A refusal is a return, in the suite's words. */
    default RestrictionDecisionDto decision(RestrictionRequest request) {
        if (request.getState() == RestrictionRequestState.PENDING) {
            return null;
        }
        Outcome outcome = request.getState() == RestrictionRequestState.APPROVED ? Outcome.APPROVED
                : Outcome.RETURNED;
        RequestDecision made = request.getDecision();
        return new RestrictionDecisionDto(outcome, made.getComments(), new Person(made.getDecidedBy(),
                made.getDecidedByName(), made.getDecidedByDesignation(), null), made.getDecidedAt(),
                made.getApprovalRequestId());
    }

    /** What approvals-service needs to route the request and show it to the decider: never the record. */
    default RestrictionRequested requested(RestrictionRequest request, String team) {
        Person requester = request.getRequestedBy();
        return new RestrictionRequested(request.getId(), request.getChildId(), request.getRestriction().name(),
                request.getReasons(), team, requester.username(), requester.fullName(), requester.designation(),
                request.getRequestedAt());
    }
}
