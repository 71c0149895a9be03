package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.pathway.CfaOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A worker's outcome of a Child and Family Assessment, sent for a manager's authorisation. */
@Schema(description = "The outcome of a Child and Family Assessment sent for authorisation (004 \"Completing a C&F "
        + "Assessment\"): the outcome, the date the assessment was completed and why. It opens nothing until a "
        + "manager authorises it (DOMAIN rule 20); listPathwayStepOutcomes shows what each outcome would open")
public record OutcomeForAuthorisationRequest(
        @Schema(description = "The outcome: CHILD_IN_NEED_PLAN, EARLY_HELP, LOOKED_AFTER, OTHER_ACTIONS or "
                + "NO_FURTHER_ACTION (the last two close the case)", example = "CHILD_IN_NEED_PLAN")
        @NotNull CfaOutcome outcome,
        @Schema(description = "The date the assessment was completed (004: \"the only box you need to complete\"), "
                + "an ISO-8601 date, not before the start nor after today", example = "2026-11-26")
        @NotNull LocalDate completedDate,
        @Schema(description = "Why this outcome, for the manager who authorises it",
                example = "Needs met through a plan of support; the family agree")
        @NotBlank @Size(max = InputLimits.LINE) String reasons) {
}
