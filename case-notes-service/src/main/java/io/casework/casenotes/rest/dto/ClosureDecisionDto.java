package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The practice manager's oversight of a closure, as approvals-service recorded it. */
@Schema(description = "The practice manager's oversight of a case closure (002 s.12 step 3; DOMAIN rule 20: who, "
        + "when, the outcome and the reasons)")
public record ClosureDecisionDto(
        @Schema(description = "APPROVED (the case is closed) or RETURNED (refused: back to the worker)",
                example = "APPROVED")
        Outcome outcome,
        @Schema(description = "The manager's reasons why closure is, or is not, appropriate",
                example = "Closure appropriate: no further role for children's services, the family knows where to go")
        String comments,
        @Schema(description = "Who decided, as they were then", example = Person.Examples.PRACTICE_MANAGER)
        Person decidedBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-11-27T11:00:00Z")
        Instant decidedAt,
        @Schema(description = "The decision's approval request in approvals-service",
                example = "3f2c8a4e-7b1d-4c2a-9e5f-1a2b3c4d5e6f")
        UUID approvalRequestId,
        @Schema(description = "On an approval, the management entry on the child's record with the reasons for "
                + "closure; null on a refusal", example = "7e6d5c4b-3a2f-4e1d-8c9b-0a1f2e3d4c5b")
        UUID managementEntryId) {
}
