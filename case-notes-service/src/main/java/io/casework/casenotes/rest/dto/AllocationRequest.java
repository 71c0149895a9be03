package io.casework.casenotes.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Allocating a child's case to a worker: re-allocation within the child's team, or a transfer when {@code team} names
 * another. The worker must hold a case-holding post (social worker, senior practitioner) in that team.
 */
public record AllocationRequest(
        @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}") String team,
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "must be a username, e.g. north.sw1")
        String allocatedWorker) {
}
