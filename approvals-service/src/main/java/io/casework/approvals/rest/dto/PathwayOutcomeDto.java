package io.casework.approvals.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a request to authorise a pathway step's outcome asks the decider to check before it opens anything. */
@Schema(description = "What a CF_OUTCOME, S47_OUTCOME or STRATEGY_DISCUSSION_DECISION request asks (004 \"Completing "
        + "a C&F Assessment\": check the correct outcome has been selected before authorising): the step, the outcome, "
        + "what it will open once authorised, whether it closes the case, the date the step was completed, the "
        + "worker's reasons and the outcome's own facts")
public record PathwayOutcomeDto(
        @Schema(description = "The pathway step in case-notes-service whose outcome this is",
                example = "0b7e3c52-9a41-4c1e-8f0d-6a2b5d9e4f17")
        UUID stepId,
        @Schema(description = "The kind of step", example = "CF_ASSESSMENT")
        String stepKind,
        @Schema(description = "The outcome the worker chose", example = "CHILD_IN_NEED_PLAN")
        String outcome,
        @Schema(description = "The steps the outcome will open once authorised; empty when it opens none",
                example = "[\"CHILD_IN_NEED_PLAN\"]")
        List<String> opens,
        @Schema(description = "Whether the outcome closes the child's case once authorised", example = "false")
        boolean closesCase,
        @Schema(description = "The date the assessment was completed, an ISO-8601 date", example = "2026-03-02")
        LocalDate completedDate,
        @Schema(description = "Why this outcome, as the worker gave it",
                example = "Needs met through a plan of support; the family agree", maxLength = 2000)
        String reasons,
        @Schema(description = "The outcome's own facts: a strategy discussion's toConference and furtherActions "
                + "(004: \"what will happen next, by whom and by when\"), an S47's method and whether the child was "
                + "seen", example = "{\"toConference\": true, \"furtherActions\": [{\"action\": \"Joint visit\", "
                + "\"who\": \"DC Shah and the social worker\", \"byWhen\": \"2026-11-27\"}]}")
        Map<String, Object> details) {
}
