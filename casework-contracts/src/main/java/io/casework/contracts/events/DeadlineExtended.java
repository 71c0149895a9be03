package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager gave an open deadline a later due date, saying why, directly or by approving a worker's request (issue
 * 17); the deadline's history keeps who, when and why.
 *
 * @param previousDueDate   the due date before the extension
 * @param dueDate           the new last day on time
 * @param extendedBy        the username of the manager who extended it, whose post approves it; for an approved
 *                          request, the manager who approved it
 * @param approvalRequestId the approval request whose decision this applies; null when the manager made the change
 *                          directly
 */
public record DeadlineExtended(
        UUID deadlineId,
        UUID childId,
        String kind,
        String ruleId,
        String subjectId,
        LocalDate previousDueDate,
        LocalDate dueDate,
        String extendedBy,
        String reason,
        Instant extendedAt,
        UUID approvalRequestId) {
}
