package io.casework.approvals.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The whole management line of a team, replacing what was there: every post is filled by a username. */
public record TeamUpdateRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String practiceManager,
        @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String teamManager,
        @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String seniorManager,
        @NotBlank @Size(max = 60) String serviceArea) {

    /** Keycloak usernames as the realm issues them (lower case, dots, dashes, underscores). */
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{0,99}";
    static final String USERNAME_MESSAGE = "must be a username, e.g. north.pm";
}
