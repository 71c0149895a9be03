package io.casework.casenotes.mapping;

import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RemovalRequestState;
import io.casework.casenotes.repository.InformationRemoval;
import io.casework.casenotes.repository.RemovalRequest;
import io.casework.casenotes.repository.RequestDecision;
import io.casework.casenotes.rest.dto.InformationRemovalRequestDto;
import io.casework.casenotes.rest.dto.RemovalDecisionDto;
import io.casework.casenotes.rest.dto.RemovedInformationDto;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.InformationRemovalRequested;
import io.casework.contracts.events.InformationRemoved;
import org.mapstruct.Mapper;

import java.util.List;

/**
 * Removal requests and removals onto the wire and into events, by name. A removal goes out as the facts the record
 * keeps about it, never with what was removed.
 */
@Mapper
public interface InformationRemovalMapper {

    default InformationRemovalRequestDto toDto(RemovalRequest request) {
        return new InformationRemovalRequestDto(request.getId(), request.getNoteId(), request.getChildId(),
                request.getNoteVersion(), request.getFields(), request.getInformationKind(), request.getConcerns(),
                request.getReason(), request.getCriteria(), request.getState(), request.getRequestedBy(),
                request.getRequestedAt(), decision(request));
    }

    /** The decision as the request recorded it; null while pending. A rejection is a return, in the suite's words. */
    default RemovalDecisionDto decision(RemovalRequest request) {
        if (request.getState() == RemovalRequestState.PENDING) {
            return null;
        }
        Outcome outcome = request.getState() == RemovalRequestState.APPROVED ? Outcome.APPROVED : Outcome.RETURNED;
        RequestDecision made = request.getDecision();
        return new RemovalDecisionDto(outcome, made.getComments(), new Person(made.getDecidedBy(),
                made.getDecidedByName(), made.getDecidedByDesignation(), null), made.getDecidedAt(),
                made.getApprovalRequestId());
    }

    /** Each part the removals took from a version, with the removal's facts, in the order they were removed. */
    default List<RemovedInformationDto> removedInformation(List<InformationRemoval> removals,
            StoredOrganisation organisation) {
        return removals.stream().flatMap(removal -> removal.getFields().stream().map(field ->
                new RemovedInformationDto(field, removal.getInformationKind(), removal.getConcerns(),
                        removal.getRemovedAt(), kept(removal.getRequestedBy(), removal.getRequestedByName(), null,
                        organisation), kept(removal.getDecidedBy(), removal.getDecidedByName(),
                        removal.getDecidedByDesignation(), organisation), removal.getApprovalRequestId(),
                        removal.getRemovalRequestId()))).toList();
    }

    /** What approvals-service needs to route the request and show it to the decider: never the content. */
    default InformationRemovalRequested requested(RemovalRequest request, String team) {
        Person requester = request.getRequestedBy();
        return new InformationRemovalRequested(request.getId(), request.getNoteId(), request.getChildId(),
                request.getNoteVersion(), request.getFields(), request.getInformationKind(), request.getConcerns(),
                request.getCriteria().ground(), request.getReason(), request.getCriteria().whyAmendmentIsNotEnough(),
                request.getCriteria().laterEntriesUnaffected(), team, requester.username(), requester.fullName(),
                request.getRequestedAt());
    }

    default InformationRemoved removed(InformationRemoval removal) {
        return new InformationRemoved(removal.getId(), removal.getRemovalRequestId(), removal.getNoteId(),
                removal.getChildId(), removal.getNoteVersion(), removal.getFields(), removal.getInformationKind(),
                removal.getConcerns(), removal.getRequestedBy(), removal.getApprovalRequestId(),
                removal.getDecidedBy(), removal.getRemovedAt());
    }

    // The record kept the name (and a decider's designation) as they were; the rest is the organisation model's now.
    private static Person kept(String username, String fullName, String designation, StoredOrganisation organisation) {
        Person now = organisation.person(username);
        return new Person(username, fullName, designation != null ? designation : now == null ? null
                : now.designation(), now == null ? null : now.team());
    }
}
