package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moving a child's case to another team, to a worker of that team, and why. */
@Schema(description = "Moving a child's case to another team and a worker of it, with the reason")
public record TransferRequest(
        @Schema(description = "The id of the team the case moves to, as the organisation model names it",
                example = "south")
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be a team's id, e.g. south")
        String team,
        @Schema(description = "Username of the social worker or senior practitioner of that team who takes the case",
                example = "south.sw1")
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "must be a username, e.g. south.sw1")
        String allocatedWorker,
        @Schema(description = "Why the case moves, kept in the allocation history",
                example = "The family moved to the south of the borough")
        @NotBlank @Size(max = InputLimits.LINE) String reason) {
}
