package io.casework.approvals.rest.dto;

import io.casework.approvals.domain.NotificationState;
import io.casework.approvals.domain.NotificationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A message in the caller's inbox; the live stream shows the same notifications as {@link InboxEventDto}. */
@Schema(description = "A message in the caller's inbox about an approval request, or an alert: of a refused attempt "
        + "on a restricted record, of a deadline breached or escalated, or of failed access to a child escalated to "
        + "the caller")
public record NotificationDto(
        @Schema(description = "The notification's id", example = "0b9d4e2a-6c1f-4a3b-9d8e-7f6a5b4c3d2e")
        UUID id,
        @Schema(description = InboxEventDto.TYPE_DESCRIPTION, example = "APPROVAL_REQUESTED")
        NotificationType type,
        @Schema(description = "The approval request it is about (GET /approval-requests/{requestId}); null on an "
                + "alert (RESTRICTED_ACCESS_REFUSED, DEADLINE_BREACHED, DEADLINE_ESCALATED, FAILED_ACCESS_ESCALATED), "
                + "which is about an attempt, a deadline or a child's failed visits",
                example = "3f2c8a4e-7b1d-4c2a-9e5f-1a2b3c4d5e6f")
        UUID requestId,
        @Schema(description = "The child whose record the request (or the alert) is about",
                example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The notification's text, ready to show",
                example = "Statutory visit oversight approved by Dan Example (Practice Manager)", maxLength = 500)
        String message,
        @Schema(description = "When the notification was recorded, UTC (ISO-8601 with offset Z)",
                example = "2026-03-04T14:30:01Z")
        Instant createdAt,
        @Schema(description = "UNREAD; READ once its recipient marked it read; ACTED once the decision it asked for "
                + "was made (by them, or by someone above them or acting for them)", example = "UNREAD")
        NotificationState state,
        @Schema(description = "On RESTRICTED_ACCESS_REFUSED only: the refused attempt; null on every other type")
        AccessAttemptDto attempt,
        @Schema(description = "On DEADLINE_BREACHED and DEADLINE_ESCALATED only: the deadline; null on every other "
                + "type")
        DeadlineAlertDto deadline,
        @Schema(description = "On FAILED_ACCESS_ESCALATED only: the step of failed access escalated to the caller; "
                + "null on every other type. Read once the failed access ends (a visit saw the child)")
        FailedAccessAlertDto failedAccess) {
}
