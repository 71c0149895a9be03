package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** A step's outcome: sent for a manager's authorisation where its kind needs one, in effect at once otherwise. */
@Schema(description = "The outcome of a pathway step (004 \"Completing a C&F Assessment\", \"Recording Outcomes from "
        + "S47 Enquiries\", \"Strategy Discussions\"): the outcome, the date the step was completed, why, and the "
        + "outcome's own facts. A C&F's or S47's outcome and a strategy discussion's decision open nothing until a "
        + "manager authorises them (DOMAIN rule 20); a conference's decision takes effect at once. "
        + "listPathwayStepOutcomes shows what each outcome would open")
public record StepOutcomeRequest(
        @Schema(description = "The outcome, one of the step's (listPathwayStepOutcomes)", example = "CHILD_IN_NEED_PLAN")
        @NotBlank @Size(max = 60) String outcome,
        @Schema(description = "The date the step was completed (004: \"Date the Assessment was Completed\"), an ISO-8601 "
                + "date, not before the start nor after today", example = "2026-11-26")
        @NotNull LocalDate completedDate,
        @Schema(description = "Why this outcome: the worker's suggested outcome with its reasons, for the manager "
                + "who authorises it", example = "Needs met through a plan of support; the family agree")
        @NotBlank @Size(max = InputLimits.LINE) String reasons,
        @Schema(description = "The outcome's own facts, as listPathwayStepKinds' outcomeDetailsSchema defines them for "
                + "the kind: a strategy discussion's toConference and furtherActions (004), an S47's method and "
                + "childSeen, a conference's CP plan category", example = "{\"category\": \"NEGLECT\"}")
        Map<String, Object> details) {
}
