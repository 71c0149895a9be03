package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Allocating a child's case to a worker of the child's team. The worker must hold a case-holding post (social worker,
 * senior practitioner) in that team. {@code team} still moves the case to another team for the clients written
 * before transfers had their own operation (PUT /children/{childId}/team), which also records why.
 */
@Schema(description = "Allocating a child's case to a worker of the child's team")
public record AllocationRequest(
        @Schema(description = "Deprecated: transfer with PUT /children/{childId}/team, which checks the team and "
                + "records why. The id of the team to transfer the case to; absent to stay in the child's team",
                example = "north", deprecated = true)
        @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}") String team,
        @Schema(description = "Username of the worker to allocate: a social worker or senior practitioner of the "
                + "team", example = "north.sw2")
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "must be a username, e.g. north.sw1")
        String allocatedWorker,
        @Schema(description = "Why the case is re-allocated, kept in the allocation history; absent when not given",
                example = "North.sw1 is going on long-term leave")
        @Size(max = InputLimits.LINE) String reason) {
}
