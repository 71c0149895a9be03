package io.casework.casenotes.rest.dto;

import io.casework.casenotes.domain.pathway.FrontDoorDecision;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The front door's decision on a contact or a referral. */
@Schema(description = "The front door's (CART's) decision on a contact or a referral: a contact may become a "
        + "REFERRAL_TO_SOCIAL_CARE; a referral may lead to a CF_ASSESSMENT or a STRATEGY_DISCUSSION; either may end in "
        + "NO_FURTHER_ACTION, INFORMATION_AND_ADVICE or EARLY_HELP")
public record FrontDoorDecisionRequest(
        @Schema(description = "The decision", example = "REFERRAL_TO_SOCIAL_CARE")
        @NotNull FrontDoorDecision decision) {
}
