package io.casework.approvals.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.contracts.Outcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approver's decision. Who decided and when are taken from the token and the clock, never from the body. */
@ReasonsGivenWhenReturned
@Schema(description = "An approver's decision; who decided and when are taken from the token and the clock")
public record DecisionRequest(
        @Schema(description = "APPROVED, or RETURNED to the requester to change", example = "RETURNED")
        @NotNull Outcome outcome,
        @Schema(description = "The reasons: required (not blank) when RETURNED, saying what must change; on "
                + "APPROVED optional, except for the kinds whose catalogue entry has reasonsRequired (a removal of "
                + "inaccurate information)", example = "Please add the school's view of attendance since January.")
        @Size(max = InputLimits.PARAGRAPH) String comments) {
}
