package io.casework.approvals.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A recorded decision: who (name and designation as on their token), when, the outcome and the reasons. */
@Schema(description = "A recorded decision: who decided, when, the outcome and the reasons (DOMAIN rule 20)")
public record DecisionDto(
        @Schema(description = "APPROVED, or RETURNED to the requester with comments saying what must change",
                example = "APPROVED")
        Outcome outcome,
        @Schema(description = "The approver's comments: always given on RETURNED; empty when an approval gave none",
                example = "Child seen alone and their views are recorded well.", maxLength = 10000)
        String comments,
        @Schema(description = "Who decided: the assignee, or a manager above them on the line. Full name and "
                + "designation as they were when deciding; team as the organisation model holds it now, null once "
                + "they have left",
                example = Person.Examples.PRACTICE_MANAGER)
        Person decidedBy,
        @Schema(description = "When the decision was made, UTC (ISO-8601 with offset Z)",
                example = "2026-03-04T14:30:00Z")
        Instant decidedAt) {
}
