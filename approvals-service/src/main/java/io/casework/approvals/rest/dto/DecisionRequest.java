package io.casework.approvals.rest.dto;

import io.casework.approvals.domain.Outcome;
import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approver's decision. Who decided and when are taken from the token and the clock, never from the body. */
@ReasonsGivenWhenReturned
public record DecisionRequest(
        @NotNull Outcome outcome,
        @Size(max = InputLimits.PARAGRAPH) String comments) {
}
