package io.casework.approvals.mapping;

import io.casework.approvals.domain.Outcome;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.Notification;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.rest.dto.DecisionDto;
import io.casework.approvals.rest.dto.InboxEventDto;
import io.casework.approvals.rest.dto.NotificationDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper
public interface ApprovalMapper {

    @Mapping(target = "decision", expression = "java(decision(request))")
    ApprovalRequestDto toDto(ApprovalRequest request);

    List<ApprovalRequestDto> toDtos(List<ApprovalRequest> requests);

    NotificationDto toDto(Notification notification);

    List<NotificationDto> toNotificationDtos(List<Notification> notifications);

    /** A notification as the live stream shows it, with the request it is about. */
    default InboxEventDto toEvent(Notification notification, ApprovalRequest request) {
        boolean decided = notification.type == Notification.Type.APPROVAL_DECIDED;
        return new InboxEventDto(decided ? InboxEventDto.DECIDED : InboxEventDto.REQUESTED, notification.seq,
                notification.id, request.id, request.kind, request.childId, request.subjectId, request.team,
                request.assignee, request.requestedBy, decided ? request.state.name() : null,
                decided ? request.decidedBy : null, decided ? request.decidedByName : null,
                decided ? request.decidedByDesignation : null, notification.message, notification.createdAt);
    }

    default DecisionDto decision(ApprovalRequest request) {
        if (!request.state.decided()) {
            return null;
        }
        return new DecisionDto(Outcome.valueOf(request.state.name()), request.comments, request.decidedBy,
                request.decidedByName, request.decidedByDesignation, request.decidedAt);
    }
}
