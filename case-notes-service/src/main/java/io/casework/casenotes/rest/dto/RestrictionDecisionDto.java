package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The head of service's decision on a restriction request, as approvals-service recorded it. */
@Schema(description = "The head of service's decision on a restriction request (DOMAIN rule 20: who, when, the "
        + "outcome and the reasons)")
public record RestrictionDecisionDto(
        @Schema(description = "APPROVED (the record's restriction is what was asked) or RETURNED (refused: nothing "
                + "changed)", example = "APPROVED")
        Outcome outcome,
        @Schema(description = "The head of service's reasons, in their words; on an approval also the reason the "
                + "record's history keeps for the restriction",
                example = "Agreed: the mother's colleagues in the north team must not read the record")
        String comments,
        @Schema(description = "Who decided: full name and designation as they were when deciding",
                example = Person.Examples.HEAD_OF_SERVICE)
        Person decidedBy,
        @Schema(description = "When they decided, UTC (ISO-8601 with offset Z)", example = "2026-03-04T10:20:00Z")
        Instant decidedAt,
        @Schema(description = "The decision's approval request in approvals-service "
                + "(GET /approvals/v1/approval-requests/{requestId})", example = "3f2c8a4e-7b1d-4c2a-9e5f-1a2b3c4d5e6f")
        UUID approvalRequestId) {
}
