package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The head of service's decision on a roll-back request, as approvals-service recorded it. */
@Schema(description = "The head of service's decision on a roll-back request (000 \"Head of Service Comments\", "
        + "\"Approved\", \"Not Approved\", \"Date of Decision\"; DOMAIN rule 20)")
public record RollBackDecisionDto(
        @Schema(description = "APPROVED (the roll-back was applied) or RETURNED (not approved: nothing changed)",
                example = "APPROVED")
        Outcome outcome,
        @Schema(description = "The head of service's comments; on an approval also the case note that evidences the "
                + "reason", example = "Approved: the assessment was recorded on the wrong record")
        String comments,
        @Schema(description = "Who decided, as they were when deciding", example = Person.Examples.HEAD_OF_SERVICE)
        Person decidedBy,
        @Schema(description = "When they decided, UTC (ISO-8601 with offset Z)", example = "2026-03-04T10:20:00Z")
        Instant decidedAt,
        @Schema(description = "The decision's approval request in approvals-service",
                example = "3f2c8a4e-7b1d-4c2a-9e5f-1a2b3c4d5e6f")
        UUID approvalRequestId) {
}
