package io.casework.approvals.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A team and its whole management line, replacing what was there. A post may be vacant (null): a new team has no
 * members yet to appoint. Whoever is named must hold that post in the organisation model (in this team, or for the
 * senior manager in its service area).
 */
@Schema(description = "A team's name and whole management line, replacing what was there; people by username")
public record TeamUpdateRequest(
        @Schema(description = "The team's name", example = "North assessment and intervention team")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Username of the practice manager, who must hold that post in this team; absent or "
                + "null leaves the post vacant", example = "north.pm")
        @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String practiceManager,
        @Schema(description = "Username of the team manager, who must hold that post in this team; absent or null "
                + "leaves the post vacant", example = "north.tm")
        @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String teamManager,
        @Schema(description = "Username of the senior manager, who must hold that post in the service area; absent "
                + "or null leaves the post vacant", example = "senior.manager")
        @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String seniorManager,
        @Schema(description = "The id of the service area the team belongs to", example = "service-area-1")
        @NotBlank @Size(max = 60) String serviceArea) {

    /** Keycloak usernames as the realm issues them (lower case, dots, dashes, underscores). */
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{0,99}";
    static final String USERNAME_MESSAGE = "must be a username, e.g. north.pm";
}
