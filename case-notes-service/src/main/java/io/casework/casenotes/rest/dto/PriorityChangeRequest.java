package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practice manager's reset of a C&F's priority, with reasons. */
@Schema(description = "A reset of a Child and Family Assessment's priority: 10, 30 or 45 working days from its start "
        + "(004 \"Setting A Due Date (Priority) for New C&F\"), a decision with reasons (DOMAIN rule 20)")
public record PriorityChangeRequest(
        @Schema(description = "The working days from the start to the due date: 10, 30 or 45", example = "30",
                minimum = "10", maximum = "45")
        @NotNull Integer workingDays,
        @Schema(description = "Why, after the checkpoint discussion with the worker",
                example = "Four children and a father to be traced: 30 working days agreed at the checkpoint")
        @NotBlank @Size(max = InputLimits.LINE) String reasons) {
}
