package io.casework.approvals.mapping;

import io.casework.approvals.domain.NotificationType;
import io.casework.approvals.domain.SubjectPaths;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.Notification;
import io.casework.approvals.repository.PathwayOutcomeSubject;
import io.casework.approvals.repository.RemovalSubject;
import io.casework.approvals.repository.RestrictionSubject;
import io.casework.approvals.repository.RiskAlertSubject;
import io.casework.approvals.repository.RoutingRecord;
import io.casework.approvals.rest.dto.AccessAttemptDto;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.rest.dto.DeadlineAlertDto;
import io.casework.approvals.rest.dto.DecisionDto;
import io.casework.approvals.rest.dto.FailedAccessAlertDto;
import io.casework.approvals.rest.dto.InboxEventDto;
import io.casework.approvals.rest.dto.InformationRemovalDto;
import io.casework.approvals.rest.dto.NotificationDto;
import io.casework.approvals.rest.dto.PathwayOutcomeDto;
import io.casework.approvals.rest.dto.RestrictionRequestedDto;
import io.casework.approvals.rest.dto.RiskAlertRequestedDto;
import io.casework.approvals.rest.dto.RoutingDto;
import io.casework.backbone.security.Person;
import io.casework.contracts.Outcome;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

/** Requests and notifications onto the wire; every person named goes out as a {@link Person} (see {@link People}). */
@Mapper(imports = SubjectPaths.class)
public interface ApprovalMapper {

    @Mapping(target = "requestedBy", expression = "java(requester(request, people))")
    @Mapping(target = "assignee", expression = "java(people.named(request.getAssignee()))")
    @Mapping(target = "dueDate", source = "dueBy")
    @Mapping(target = "subjectPath",
            expression = "java(SubjectPaths.of(request.getKind(), request.getChildId(), request.getSubjectId()))")
    @Mapping(target = "decision", expression = "java(decision(request, people))")
    @Mapping(target = "informationRemoval", expression = "java(informationRemoval(request))")
    @Mapping(target = "restriction", expression = "java(restriction(request))")
    @Mapping(target = "pathwayOutcome", expression = "java(pathwayOutcome(request))")
    @Mapping(target = "riskAlert", expression = "java(riskAlert(request))")
    ApprovalRequestDto toDto(ApprovalRequest request, @Context People people);

    List<ApprovalRequestDto> toDtos(List<ApprovalRequest> requests, @Context People people);

    @Mapping(target = "from", expression = "java(people.named(routing.getFromAssignee()))")
    @Mapping(target = "to", expression = "java(people.named(routing.getToAssignee()))")
    RoutingDto toDto(RoutingRecord routing, @Context People people);

    List<RoutingDto> toRoutingDtos(List<RoutingRecord> routings, @Context People people);

    default NotificationDto toDto(Notification notification) {
        return new NotificationDto(notification.getId(), notification.getType(), notification.getRequestId(),
                notification.getChildId(), notification.getMessage(), notification.getCreatedAt(),
                notification.state(), attempt(notification), deadline(notification), failedAccess(notification));
    }

    /** The step of failed access an alert is about, as visits-service announced it; null for other notifications. */
    default FailedAccessAlertDto failedAccess(Notification notification) {
        if (notification.getFailedAccessId() == null) {
            return null;
        }
        return new FailedAccessAlertDto(notification.getFailedAccessId(), notification.getFailedAccessStep(),
                notification.getFailedSince(), notification.getFailedVisits(), notification.getAlertBy());
    }

    /** The deadline an alert is about, as deadlines-service announced it; null for other notifications. */
    default DeadlineAlertDto deadline(Notification notification) {
        if (notification.getDeadlineId() == null) {
            return null;
        }
        return new DeadlineAlertDto(notification.getDeadlineId(), notification.getDeadlineRuleId(),
                notification.getDeadlineDueDate(), notification.getEscalationStep());
    }

    List<NotificationDto> toNotificationDtos(List<Notification> notifications);

    /** The refused attempt an alert is about, as the refusing service logged it; null for other notifications. */
    default AccessAttemptDto attempt(Notification notification) {
        if (notification.getAttemptId() == null) {
            return null;
        }
        return new AccessAttemptDto(notification.getAttemptId(), new Person(notification.getAttemptUsername(),
                notification.getAttemptFullName(), notification.getAttemptDesignation(),
                notification.getAttemptTeam()), notification.getAttemptAction(), notification.getAttemptAccessClass(),
                notification.getAttemptService(), notification.getAttemptedAt());
    }

    /** A notification as the live stream shows it, with the request it is about (none for an alert). */
    default InboxEventDto toEvent(Notification notification, ApprovalRequest request, @Context People people) {
        if (request == null) {
            return new InboxEventDto(notification.getType(), notification.getSeq(), notification.getId(), null, null,
                    notification.getChildId(), null, null, null, null, null, null, notification.getMessage(),
                    notification.getCreatedAt(), attempt(notification), deadline(notification),
                    failedAccess(notification));
        }
        boolean decided = notification.getType() == NotificationType.APPROVAL_DECIDED;
        return new InboxEventDto(notification.getType(), notification.getSeq(), notification.getId(),
                request.getId(), request.getKind(), request.getChildId(), request.getSubjectId(), request.getTeam(),
                people.named(request.getAssignee()), requester(request, people), decided ? outcome(request) : null,
                decided ? decider(request, people) : null, notification.getMessage(), notification.getCreatedAt(),
                null, null, null);
    }

    default DecisionDto decision(ApprovalRequest request, @Context People people) {
        if (!request.getState().decided()) {
            return null;
        }
        return new DecisionDto(outcome(request), request.getComments(), decider(request, people),
                request.getDecidedAt(), request.isLate(), people.named(request.getActingFor()), request.isDirect());
    }

    /** What a removal request would remove and why; null for every other kind. */
    default InformationRemovalDto informationRemoval(ApprovalRequest request) {
        RemovalSubject subject = request.getInformationRemoval();
        if (subject == null) {
            return null;
        }
        return new InformationRemovalDto(subject.getNoteId(), subject.getNoteVersion(), subject.getFields(),
                subject.getInformationKind(), subject.getConcerns(), subject.getGround(), subject.getReason(),
                subject.getWhyAmendmentIsNotEnough(), subject.getLaterEntriesUnaffected());
    }

    /** The outcome an outcome request asks to authorise, and what it will open; null for every other kind. */
    default PathwayOutcomeDto pathwayOutcome(ApprovalRequest request) {
        PathwayOutcomeSubject subject = request.getPathwayOutcome();
        return subject == null ? null : new PathwayOutcomeDto(subject.getStepId(), subject.getStepKind(),
                subject.getOutcome(), subject.getOpens(), subject.closesCase(), subject.getCompletedDate(),
                subject.getReasons(), subject.getDetails());
    }

    /** The risk alert a risk alert request asks to record; null for every other kind. */
    default RiskAlertRequestedDto riskAlert(ApprovalRequest request) {
        RiskAlertSubject subject = request.getRiskAlert();
        return subject == null ? null : new RiskAlertRequestedDto(subject.getType(), subject.getStartedOn(),
                subject.getDescription(), subject.getNoteIds(), subject.getDocumentIds());
    }

    /** The restriction a restriction request asks for, and why; null for every other kind. */
    default RestrictionRequestedDto restriction(ApprovalRequest request) {
        RestrictionSubject subject = request.getRestriction();
        return subject == null ? null : new RestrictionRequestedDto(subject.getRestriction(), subject.getReasons());
    }

    /** What was decided; null while the request is pending. */
    default Outcome outcome(ApprovalRequest request) {
        return request.getState().decided() ? Outcome.valueOf(request.getState().name()) : null;
    }

    // The request kept the requester's name as it was when they asked, but not their designation.
    default Person requester(ApprovalRequest request, @Context People people) {
        return people.recorded(request.getRequestedBy(), request.getRequesterName(), null);
    }

    // The decision kept the decider's name and designation as they were when deciding, as the record must show them.
    default Person decider(ApprovalRequest request, @Context People people) {
        return people.recorded(request.getDecidedBy(), request.getDecidedByName(), request.getDecidedByDesignation());
    }
}
