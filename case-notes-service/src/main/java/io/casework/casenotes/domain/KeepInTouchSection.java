package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a care leaver's keep-in-touch contact records (004 "Recording KIT Visits": in touch, main activity,
 * accommodation).
 */
@Schema(description = "A care leaver's keep-in-touch contact (004 \"Recording KIT Visits\"); submitting needs all "
        + "three")
public record KeepInTouchSection(
        @Schema(description = "Whether the authority is in touch with the care leaver", example = "true")
        Boolean inTouch,
        @Schema(description = "Main activity: EDUCATION, TRAINING, EMPLOYMENT or "
                + "NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING", example = "TRAINING")
        MainActivity mainActivity,
        @Schema(description = "Where the care leaver lives and whether it suits them",
                example = "Supported lodgings in Rochdale; settled")
        @Size(max = InputLimits.LINE) String accommodation) {
}
