package io.casework.contracts.events;

import io.casework.contracts.Outcome;

import java.time.Instant;
import java.util.UUID;

/**
 * An approver decided a request. {@code outcome} is APPROVED or RETURNED; the owning service applies it.
 * Who decided is carried in full because the child's record must show name, designation and time.
 */
public record ApprovalDecided(
        UUID requestId,
        String kind,
        UUID childId,
        String subjectId,
        Outcome outcome,
        String comments,
        String decidedBy,
        String decidedByName,
        String decidedByDesignation,
        Instant decidedAt) {
}
