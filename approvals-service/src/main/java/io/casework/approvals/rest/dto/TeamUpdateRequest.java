package io.casework.approvals.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A team and its whole management line, replacing what was there. A post may be vacant (null): a new team has no
 * members yet to appoint. Whoever is named must hold that post in the organisation model (in this team, or for the
 * senior manager in its service area).
 */
public record TeamUpdateRequest(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String practiceManager,
        @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String teamManager,
        @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String seniorManager,
        @NotBlank @Size(max = 60) String serviceArea) {

    /** Keycloak usernames as the realm issues them (lower case, dots, dashes, underscores). */
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{0,99}";
    static final String USERNAME_MESSAGE = "must be a username, e.g. north.pm";
}
