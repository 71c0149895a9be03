package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Feedback given to the referrer, recorded on a closure at any time, after closure too. */
@Schema(description = "Feedback given to the referrer about the closure and its reasons (002 s.12), recorded at any "
        + "time, after the case closed too")
public record ClosureFeedbackRequest(
        @Schema(description = "The feedback, as given",
                example = "Wrote to the referring GP on 30 November: the case closed, the family accepted Early Help")
        @NotBlank @Size(max = InputLimits.PARAGRAPH) String feedback) {
}
