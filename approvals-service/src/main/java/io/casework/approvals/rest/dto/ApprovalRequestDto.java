package io.casework.approvals.rest.dto;

import io.casework.approvals.domain.RequestState;
import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A request for a decision: what is to be decided, who asked, who is to decide, and once decided the decision. */
@Schema(description = "A request for a manager's decision (management oversight of a case note, a statutory visit "
        + "note's oversight...), routed to one approver on the team's management line")
public record ApprovalRequestDto(
        @Schema(description = "The request's id", example = "3f2c8a4e-7b1d-4c2a-9e5f-1a2b3c4d5e6f")
        UUID id,
        @Schema(description = "What is to be decided: the id of an entry of the decision catalogue "
                + "(GET /organisation/decision-kinds)", example = "STATUTORY_VISIT_OVERSIGHT", maxLength = 60)
        String kind,
        @Schema(description = "The child whose record the decision is about",
                example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The id of what is to be decided, in the service that owns it: for oversight, the "
                + "case note's id", example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b", maxLength = 100)
        String subjectId,
        @Schema(description = "The version of the subject the request is about: a case note submitted again "
                + "after being returned makes a new request for its new version", example = "1", minimum = "1")
        int subjectVersion,
        @Schema(description = "Where to read what is to be decided when another service holds it, as a path on the "
                + "suite's one origin, to GET with the same token: the case note for a note's oversight "
                + "(/case-notes/v1/case-notes/{noteId}), the roll-back request form with the line manager's comments "
                + "(/case-notes/v1/children/{childId}/roll-back-requests/{requestId}); null when this request carries "
                + "it (informationRemoval, restriction, pathwayOutcome, riskAlert, details)",
                example = "/case-notes/v1/case-notes/5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b", maxLength = 200)
        String subjectPath,
        @Schema(description = "The id of the team whose management line decides: the child's team when the "
                + "request was made", example = "north", maxLength = 60)
        String team,
        @Schema(description = "Who asked for the decision (the case note's author). Full name as it was when the "
                + "request was made; designation and team as the organisation model holds them now, null once "
                + "they have left",
                example = Person.Examples.SOCIAL_WORKER)
        Person requestedBy,
        @Schema(description = "Who the request is routed to: the approver on the team's management line. Full name, "
                + "designation and team as the organisation model holds them now; only the username once they have "
                + "left",
                example = Person.Examples.PRACTICE_MANAGER)
        Person assignee,
        @Schema(description = "PENDING until decided; then APPROVED or RETURNED, for good", example = "PENDING")
        RequestState state,
        @Schema(description = "When the request was made, UTC (ISO-8601 with offset Z)",
                example = "2026-03-02T09:15:00Z")
        Instant createdAt,
        @Schema(description = "The last day on which the decision is in time, an ISO-8601 date in England, when the "
                + "kind has a timescale (statutory visit oversight: 5 working days from submission, 004); null "
                + "when it has none", example = "2026-03-09")
        LocalDate dueDate,
        @Schema(description = "When a breached deadline escalated the request to the next manager up the line, UTC; "
                + "null while it has not. An escalated request stays open to decide, and its decision is marked late",
                example = "2026-03-12T07:00:00Z")
        Instant escalatedAt,
        @Schema(description = "For a request asked through the API (POST /approval-requests), its fields by the "
                + "catalogue's names (a record taken off site: what, why, where to, how it is kept secure, the agreed "
                + "return date); empty for requests an owning service sent",
                example = "{\"returnBy\": \"2026-12-04\", \"takenTo\": \"Family court, Leeds\"}")
        Map<String, String> details,
        @Schema(description = "For a record taken off site: when it was said to be back, UTC; null while it is away "
                + "and on every other kind (002 s.11)")
        Instant returnedAt,
        @Schema(description = "The decision; null while the request is PENDING")
        DecisionDto decision,
        @Schema(description = "For a REMOVE_INACCURATE_INFORMATION request, what would be removed and why; null for "
                + "every other kind")
        InformationRemovalDto informationRemoval,
        @Schema(description = "For a RESTRICT_RECORD request, the restriction asked for and why; null for every "
                + "other kind")
        RestrictionRequestedDto restriction,
        @Schema(description = "For a CF_OUTCOME request, the outcome to authorise and what it will open; null for "
                + "every other kind")
        PathwayOutcomeDto pathwayOutcome,
        @Schema(description = "For a RISK_ALERT request, the alert to record or not (001 \"Risk Alerts\"); null for "
                + "every other kind")
        RiskAlertRequestedDto riskAlert) {
}
