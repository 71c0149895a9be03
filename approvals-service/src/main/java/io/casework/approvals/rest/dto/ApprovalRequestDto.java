package io.casework.approvals.rest.dto;

import io.casework.approvals.domain.RequestState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request for a decision.
 *
 * @param dueBy    the last working day for the decision, when the kind has a timescale (statutory visit oversight: 5
 *                 working days, 004); null otherwise
 * @param decision null while pending
 */
public record ApprovalRequestDto(
        UUID id,
        String kind,
        UUID childId,
        String subjectId,
        int subjectVersion,
        String team,
        String requestedBy,
        String requesterName,
        String assignee,
        RequestState state,
        Instant createdAt,
        LocalDate dueBy,
        DecisionDto decision) {
}
