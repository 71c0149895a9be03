package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.closure.ClosureReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The start of a case closure: why, and for a referral closed with no further action the referrer's feedback. */
@Schema(description = "The start of closing a child's case (002 s.12): why it closes and, for a referral closed with "
        + "no further action, the feedback given to the referrer")
public record StartClosureRequest(
        @Schema(description = "Why the case closes (002 s.12 \"Additional Considerations\")",
                example = "NO_FURTHER_ACTION_ON_REFERRAL")
        @NotNull ClosureReason reason,
        @Schema(description = "Why closure is appropriate, in the worker's words",
                example = "Concerns addressed by the school nurse; no role for children's services")
        @NotBlank @Size(max = InputLimits.PARAGRAPH) String reasonDetails,
        @Schema(description = "The feedback given to the referrer about the decision and its reasons; required when "
                + "the reason is NO_FURTHER_ACTION_ON_REFERRAL (002 s.12), consistent with the family's "
                + "confidentiality for a referral from the public",
                example = "Told the school's safeguarding lead by phone on 26 November: no further action, the "
                        + "school nurse is supporting the family")
        @Size(max = InputLimits.PARAGRAPH) String referrerFeedback) {
}
