package io.casework.approvals.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * One element of the live inbox stream: one of the caller's notifications, with what a screen needs to show it
 * without another call. Its {@code sequence} is also the event's SSE id, which a reconnecting client sends back as
 * {@code Last-Event-ID}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InboxEventDto(
        @Schema(description = "approval-requested: a request waits for the caller; approval-decided: one the caller "
                + "made, or was assigned, was decided", enumeration = {REQUESTED, DECIDED})
        String type,
        @Schema(description = "The caller's notifications are numbered 1, 2, 3... in the order they were recorded",
                minimum = "1", maximum = "9223372036854775807")
        long sequence,
        @Schema(description = "The notification, as listed by GET /inbox/notifications")
        UUID notificationId,
        UUID requestId,
        @Schema(maxLength = 60) String kind,
        UUID childId,
        @Schema(maxLength = 100) String subjectId,
        @Schema(maxLength = 100) String team,
        @Schema(maxLength = 100) String assignee,
        @Schema(maxLength = 100) String requestedBy,
        @Schema(description = "On a decision: APPROVED or RETURNED", maxLength = 20) String outcome,
        @Schema(maxLength = 100) String decidedBy,
        @Schema(maxLength = 200) String decidedByName,
        @Schema(maxLength = 200) String decidedByDesignation,
        @Schema(maxLength = 500) String message,
        @Schema(description = "When the notification was recorded") Instant at) {

    public static final String REQUESTED = "approval-requested";
    public static final String DECIDED = "approval-decided";
}
