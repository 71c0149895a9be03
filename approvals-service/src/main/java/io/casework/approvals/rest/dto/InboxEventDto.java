package io.casework.approvals.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.casework.approvals.domain.NotificationType;
import io.casework.backbone.security.Person;
import io.casework.contracts.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * One element of the live inbox stream: one of the caller's notifications, with what a screen needs to show it
 * without another call. Its {@code sequence} is also the event's SSE id, which a reconnecting client sends back as
 * {@code Last-Event-ID}. Its {@code type} is the notification's type, in the same words as
 * {@link NotificationDto#type()}: the stream and the list show the same notifications.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One event of the live inbox stream: one of the caller's notifications, with the request it "
        + "is about. Fields that do not apply to the event's type are absent, not null.")
public record InboxEventDto(
        @Schema(description = TYPE_DESCRIPTION + " (the notification's `type`, as GET /inbox/notifications lists it)",
                example = "APPROVAL_REQUESTED")
        NotificationType type,
        @Schema(description = "The caller's notifications are numbered 1, 2, 3... in the order they were recorded; "
                + "also the SSE event id, to send back as Last-Event-ID when reconnecting",
                minimum = "1", maximum = "9223372036854775807", example = "42")
        long sequence,
        @Schema(description = "The notification, as listed by GET /inbox/notifications",
                example = "0b9d4e2a-6c1f-4a3b-9d8e-7f6a5b4c3d2e")
        UUID notificationId,
        @Schema(description = "The approval request the notification is about (GET /approval-requests/{requestId})",
                example = "3f2c8a4e-7b1d-4c2a-9e5f-1a2b3c4d5e6f")
        UUID requestId,
        @Schema(description = "What is to be decided: an id of the decision catalogue",
                example = "STATUTORY_VISIT_OVERSIGHT", maxLength = 60)
        String kind,
        @Schema(description = "The child whose record the request is about",
                example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The id of what is to be decided: for oversight, the case note's id",
                example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b", maxLength = 100)
        String subjectId,
        @Schema(description = "The id of the team whose management line decides", example = "north", maxLength = 60)
        String team,
        @Schema(description = "Who the request is routed to, as in the approval request's `assignee`",
                example = Person.Examples.PRACTICE_MANAGER)
        Person assignee,
        @Schema(description = "Who asked for the decision, as in the approval request's `requestedBy`",
                example = Person.Examples.SOCIAL_WORKER)
        Person requestedBy,
        @Schema(description = "On APPROVAL_DECIDED only: APPROVED or RETURNED, as in the decision's `outcome`; "
                + "absent on APPROVAL_REQUESTED", example = "APPROVED")
        Outcome outcome,
        @Schema(description = "On APPROVAL_DECIDED only: who decided, as in the decision's `decidedBy`; absent on "
                + "APPROVAL_REQUESTED",
                example = Person.Examples.PRACTICE_MANAGER)
        Person decidedBy,
        @Schema(description = "The notification's text, ready to show",
                example = "Statutory visit oversight requested by Sam Example, due by 2026-03-09", maxLength = 500)
        String message,
        @Schema(description = "When the notification was recorded, UTC (ISO-8601 with offset Z)",
                example = "2026-03-02T09:15:02Z")
        Instant createdAt,
        @Schema(description = "On RESTRICTED_ACCESS_REFUSED only: the refused attempt, as in the notification's "
                + "`attempt`; the request's fields are then absent")
        AccessAttemptDto attempt,
        @Schema(description = "On DEADLINE_BREACHED and DEADLINE_ESCALATED only: the deadline, as in the "
                + "notification's `deadline`; the request's fields are then absent")
        DeadlineAlertDto deadline,
        @Schema(description = "On FAILED_ACCESS_ESCALATED only: the step of failed access, as in the notification's "
                + "`failedAccess`; the request's fields are then absent")
        FailedAccessAlertDto failedAccess) {

    /** What each notification type means, for both the list's and the stream's {@code type}. */
    static final String TYPE_DESCRIPTION = "APPROVAL_REQUESTED: a request waits for the caller's decision; "
            + "APPROVAL_DECIDED: a request the caller made, or was assigned, was decided; RESTRICTED_ACCESS_REFUSED: "
            + "someone off a restricted record's list was refused it, and the caller is the manager for the child's "
            + "area (an alert about an attempt, not a request); DEADLINE_BREACHED: a deadline the caller holds, or "
            + "their team holds in their role, passed its due date unmet; DEADLINE_ESCALATED: a breached deadline "
            + "reached the step of its rule's escalation that names the caller's role (alerts about a deadline, not "
            + "a request); FAILED_ACCESS_ESCALATED: visits to a child keep failing and a step of 004 \"Failed "
            + "visits\" names the caller's post in the child's team (practice manager, team manager, or the senior "
            + "manager of its service area), who is to record a case management decision (an alert about the child's "
            + "failed visits, read once the failed access ends)";
}
