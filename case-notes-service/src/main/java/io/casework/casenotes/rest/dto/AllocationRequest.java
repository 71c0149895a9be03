package io.casework.casenotes.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Allocating a child's case to a worker: re-allocation within the child's team, or a transfer when {@code team} names
 * another. The worker must hold a case-holding post (social worker, senior practitioner) in that team.
 */
@Schema(description = "Allocating a child's case to a worker of the child's team, or transferring it to another team")
public record AllocationRequest(
        @Schema(description = "The id of the team to transfer the case to; absent to stay in the child's team",
                example = "south")
        @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}") String team,
        @Schema(description = "Username of the worker to allocate: a social worker or senior practitioner of the "
                + "team", example = "north.sw2")
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "must be a username, e.g. north.sw1")
        String allocatedWorker) {
}
