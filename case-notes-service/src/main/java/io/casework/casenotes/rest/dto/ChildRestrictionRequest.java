package io.casework.casenotes.rest.dto;

import io.casework.backbone.access.Restriction;
import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request that the head of service restrict a child's record, or lift its restriction, with the reasons. Who asks
 * and when come from the token and the clock.
 */
@Schema(description = "A request to the head of service of the child's service area to restrict the child's record, "
        + "or to lift its restriction (001 \"Restricted Records\"); the requester comes from the token")
public record ChildRestrictionRequest(
        @Schema(description = "The restriction asked for: ADOPTION (an adoption record), OTHER (any other sensitive "
                + "record, such as a child of a member of staff) or NONE (lift the restriction)", example = "OTHER")
        @NotNull Restriction restriction,
        @Schema(description = "Why, for the head of service who decides; they see these and not the record",
                example = "The child's mother has joined the north team as a family support worker")
        @NotBlank @Size(max = InputLimits.LINE) String reasons) {
}
