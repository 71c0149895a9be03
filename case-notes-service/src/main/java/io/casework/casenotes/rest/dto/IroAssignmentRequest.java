package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The IRO who reviews the child's plan; null ends the assignment. The person must hold the post of IRO. */
@Schema(description = "The independent reviewing officer who is to review the child's plan")
public record IroAssignmentRequest(
        @Schema(description = "Username of the IRO, who must hold the post of IRO; null ends the assignment",
                example = "iro.one")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "must be a username, e.g. iro.one") String iro,
        @Schema(description = "Why, kept in the allocation history; absent when not given",
                example = "Looked after from today: the first review is due within 20 working days")
        @Size(max = InputLimits.LINE) String reason) {
}
