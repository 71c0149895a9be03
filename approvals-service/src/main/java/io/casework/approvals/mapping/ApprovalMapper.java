package io.casework.approvals.mapping;

import io.casework.approvals.domain.Outcome;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.Notification;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.rest.dto.DecisionDto;
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

    default DecisionDto decision(ApprovalRequest request) {
        if (!request.state.decided()) {
            return null;
        }
        return new DecisionDto(Outcome.valueOf(request.state.name()), request.comments, request.decidedBy,
                request.decidedByName, request.decidedByDesignation, request.decidedAt);
    }
}
