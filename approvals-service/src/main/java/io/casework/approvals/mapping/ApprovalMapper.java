package io.casework.approvals.mapping;

import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.Notification;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.rest.dto.DecisionDto;
import io.casework.approvals.rest.dto.InboxEventDto;
import io.casework.approvals.rest.dto.NotificationDto;
import io.casework.backbone.security.Person;
import io.casework.contracts.Outcome;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

/** Requests and notifications onto the wire; every person named goes out as a {@link Person} (see {@link People}). */
@Mapper
public interface ApprovalMapper {

    @Mapping(target = "requestedBy", expression = "java(requester(request, people))")
    @Mapping(target = "assignee", expression = "java(people.named(request.assignee))")
    @Mapping(target = "dueDate", source = "dueBy")
    @Mapping(target = "decision", expression = "java(decision(request, people))")
    ApprovalRequestDto toDto(ApprovalRequest request, @Context People people);

    List<ApprovalRequestDto> toDtos(List<ApprovalRequest> requests, @Context People people);

    NotificationDto toDto(Notification notification);

    List<NotificationDto> toNotificationDtos(List<Notification> notifications);

    /** A notification as the live stream shows it, with the request it is about. */
    default InboxEventDto toEvent(Notification notification, ApprovalRequest request, @Context People people) {
        boolean decided = notification.type == Notification.Type.APPROVAL_DECIDED;
        return new InboxEventDto(decided ? InboxEventDto.DECIDED : InboxEventDto.REQUESTED, notification.seq,
                notification.id, request.id, request.kind, request.childId, request.subjectId, request.team,
                people.named(request.assignee), requester(request, people), decided ? request.state.name() : null,
                decided ? decider(request, people) : null, notification.message, notification.createdAt);
    }

    default DecisionDto decision(ApprovalRequest request, @Context People people) {
        if (!request.state.decided()) {
            return null;
        }
        return new DecisionDto(Outcome.valueOf(request.state.name()), request.comments, decider(request, people),
                request.decidedAt);
    }

    // The request kept the requester's name as it was when they asked, but not their designation.
    default Person requester(ApprovalRequest request, @Context People people) {
        return people.recorded(request.requestedBy, request.requesterName, null);
    }

    // The decision kept the decider's name and designation as they were when deciding, as the record must show them.
    default Person decider(ApprovalRequest request, @Context People people) {
        return people.recorded(request.decidedBy, request.decidedByName, request.decidedByDesignation);
    }
}
