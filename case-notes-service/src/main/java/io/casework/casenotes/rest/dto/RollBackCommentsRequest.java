package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The line manager's comments on a roll-back request (000: "Manager Comments"). */
@Schema(description = "The line manager's comments on a roll-back request (000 \"Manager Comments\"); with them the "
        + "request goes to the head of service")
public record RollBackCommentsRequest(
        @Schema(description = "The manager's view of the request, for the head of service who decides",
                example = "Agreed with Sam: the assessment belongs to the brother's record and is recorded there")
        @NotBlank @Size(max = InputLimits.PARAGRAPH) String comments) {
}
