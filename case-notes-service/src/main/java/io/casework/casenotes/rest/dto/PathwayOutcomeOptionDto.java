package io.casework.casenotes.rest.dto;

import io.casework.contracts.PathwayStepKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One outcome a step may have, and what it would open: shown before it is chosen or authorised. */
@Schema(description = "An outcome a pathway step may have and what it would open once it takes effect (004 "
        + "\"Completing a C&F Assessment\": \"If the wrong outcome is selected and then the manager approves it, the "
        + "wrong pathway will be opened\")")
public record PathwayOutcomeOptionDto(
        @Schema(description = "The outcome or front-door decision", example = "CHILD_IN_NEED_PLAN")
        String outcome,
        @Schema(description = "The steps it would open, in order; empty when it closes the case",
                example = "[\"CHILD_IN_NEED_PLAN\"]")
        List<PathwayStepKind> opens,
        @Schema(description = "Whether it would close the case's involvement: nothing can follow it", example = "false")
        boolean closesCase,
        @Schema(description = "Whether it would end the step this one is part of (a review conference ending the CP "
                + "plan)", example = "false")
        boolean endsPartOf,
        @Schema(description = "Whether it takes effect only once a manager authorises it (DOMAIN rule 20)",
                example = "true")
        boolean needsAuthorisation) {
}
