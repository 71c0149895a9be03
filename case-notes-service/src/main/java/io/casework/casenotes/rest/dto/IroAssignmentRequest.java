package io.casework.casenotes.rest.dto;

import jakarta.validation.constraints.Pattern;

/** The IRO who reviews the child's plan; null ends the assignment. The person must hold the post of IRO. */
public record IroAssignmentRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "must be a username, e.g. iro.one") String iro) {
}
