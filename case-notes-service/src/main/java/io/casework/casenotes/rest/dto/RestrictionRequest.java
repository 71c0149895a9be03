package io.casework.casenotes.rest.dto;

import io.casework.backbone.access.Restriction;
import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A head of service's decision to restrict a child's record, or to lift its restriction, with the reason. */
@Schema(description = "The head of service's decision on the record's restriction (001 \"Restricted Records\")")
public record RestrictionRequest(
        @Schema(description = "ADOPTION (an adoption record), OTHER (any other sensitive record, such as a child of "
                + "a member of staff) or NONE (the restriction is lifted)", example = "OTHER")
        @NotNull Restriction restriction,
        @Schema(description = "Why, kept in the record's history with who decided and when",
                example = "The child's mother works in the north team")
        @NotBlank @Size(max = InputLimits.LINE) String reason) {
}
