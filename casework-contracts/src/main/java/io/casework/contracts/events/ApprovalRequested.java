package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** An approval request was routed to an approver; notification inboxes and live streams are fed from it. */
public record ApprovalRequested(
        UUID requestId,
        String kind,
        UUID childId,
        String subjectId,
        String team,
        String assignee,
        String requestedBy,
        Instant requestedAt) {
}
