package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A team manager's correction of a final entry: the correct information and the reason (001 "Case Record
 * Integrity").
 */
@Schema(description = "A correction of a final entry, recorded by the team manager with the correct information and "
        + "the reason (001 \"Case Record Integrity\")")
public record AmendmentRequest(
        @Schema(description = "Why the entry needs correcting",
                example = "The visit was on Tuesday 17 November, not Monday 16 November")
        @NotBlank @Size(max = InputLimits.LINE) String reason,
        @Schema(description = "The amendment's title", example = "Correction: date of the CP statutory visit")
        @NotBlank @Size(max = 300) String title,
        @Schema(description = "The correct information",
                example = "The statutory visit recorded on 16 November took place on 17 November at 16:30.")
        @NotBlank @Size(max = InputLimits.NARRATIVE) String narrative) {
}
