package io.casework.approvals.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the approval console's page needs to sign in: the realm browsers reach, and its public client. */
@Schema(description = "Where the approval console signs in: the Keycloak server and realm browsers reach, and the "
        + "public client it uses with the authorization code flow and PKCE. No secret: the client is public.")
public record ConsoleSettingsDto(
        @Schema(description = "The Keycloak server's public address, without the realm",
                example = "https://sign-in.council.example", maxLength = 500)
        String keycloakUrl,
        @Schema(description = "The realm", example = "casework", maxLength = 100)
        String realm,
        @Schema(description = "The public client the page signs in as", example = "casework-web", maxLength = 100)
        String clientId) {
}
