package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A manager's decision on a removal request, as approvals-service recorded it. */
@Schema(description = "The manager's decision on a removal request (DOMAIN rule 20: who, when, the outcome and the "
        + "reasons)")
public record RemovalDecisionDto(
        @Schema(description = "APPROVED (the information was removed) or RETURNED (rejected: nothing was removed)",
                example = "APPROVED")
        Outcome outcome,
        @Schema(description = "The manager's reasons, in their words", example = "The criteria are met: it is a "
                + "third party's health information recorded here by mistake, and nothing later rests on it.")
        String comments,
        @Schema(description = "Who decided: full name and designation as they were when deciding",
                example = Person.Examples.TEAM_MANAGER)
        Person decidedBy,
        @Schema(description = "When they decided, UTC (ISO-8601 with offset Z)", example = "2026-03-04T10:20:00Z")
        Instant decidedAt,
        @Schema(description = "The decision's approval request in approvals-service "
                + "(GET /approvals/v1/approval-requests/{requestId})", example = "3f2c8a4e-7b1d-4c2a-9e5f-1a2b3c4d5e6f")
        UUID approvalRequestId) {
}
