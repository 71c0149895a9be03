package io.casework.casenotes.rest.dto;

import io.casework.contracts.RiskAlertReviewOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A head of service's review of a risk alert (001 "Risk Alerts"). */
@Schema(description = "A head of service's review of an active risk alert (001 \"Risk Alerts\": \"reviewed by a Head "
        + "of Service within six months of being recorded and at least six monthly thereafter\")")
public record RiskAlertReviewRequest(
        @Schema(description = "CONTINUE (the alert stays; the next review is due six months from today) or END (the "
                + "alert ends, and is kept on the record as ENDED)", example = "CONTINUE")
        @NotNull RiskAlertReviewOutcome outcome,
        @Schema(description = "Why, kept on the alert's history with who reviewed it and when",
                example = "The dog is still kept at the house; the family refused to keep it indoors during visits")
        @NotBlank @Size(max = 2000) String reasons) {
}
