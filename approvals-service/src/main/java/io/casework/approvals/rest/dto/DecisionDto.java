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
        Instant decidedAt,
        @Schema(description = "Decided after the due date, or after a breached deadline escalated the request: "
                + "recorded all the same, and marked (a late decision is never shut out)", example = "false")
        boolean late,
        @Schema(description = "When the decider acted for an absent approver under a delegation, whom they acted "
                + "for; null when they decided in their own right", example = Person.Examples.PRACTICE_MANAGER)
        Person actingFor,
        @Schema(description = "Recorded by a manager within their own authority, without a request (a practice "
                + "manager resetting a C&F's priority, 004): requester and decider are the same", example = "false")
        boolean direct) {
}
