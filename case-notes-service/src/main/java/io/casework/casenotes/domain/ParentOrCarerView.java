package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A parent's or carer's views in their own words, held apart from the worker's account so that they can be found
 * and related to the decisions made (001 "Important Characteristics of the Case Record"; 003 s.5b e).
 */
@Schema(description = "A parent's or carer's views as they gave them, held apart from the worker's account (001; "
        + "003 s.5b e)")
public record ParentOrCarerView(
        @Schema(description = "Who gave the views", example = "Sarah Harrison")
        @Size(max = InputLimits.NAME) String name,
        @Schema(description = "Their relationship to the child", example = "Mother")
        @Size(max = InputLimits.NAME) String relationship,
        @Schema(description = "Their views, as they gave them", example = "Mornings are calmer since the new routine.")
        @Size(max = InputLimits.PARAGRAPH) String views) {
}
