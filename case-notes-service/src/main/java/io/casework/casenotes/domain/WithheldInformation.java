package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Information in the entry that is not to be shared with the child or family, with the reason (002 s.8: "the
 * reasons should be recorded"), so that a manager can check the reason is still valid.
 */
@Schema(description = "Information not to be shared with the child or family, and why (002 s.8); submitting needs "
        + "what, from whom, the reason and its explanation")
public record WithheldInformation(
        @Schema(description = "What is withheld", example = "The address of the refuge")
        @Size(max = InputLimits.LINE) String what,
        @Schema(description = "CHILD, FAMILY or CHILD_AND_FAMILY", example = "FAMILY")
        WithheldFrom withheldFrom,
        @Schema(description = "SERIOUS_HARM, GIVEN_IN_CONFIDENCE, THIRD_PARTY or CRIME_PREVENTION",
                example = "THIRD_PARTY")
        WithholdingReason reason,
        @Schema(description = "The reason in words, for the manager who checks it",
                example = "The victim of domestic abuse asked that her address is not shared with Mr B")
        @Size(max = InputLimits.LINE) String explanation) {
}
