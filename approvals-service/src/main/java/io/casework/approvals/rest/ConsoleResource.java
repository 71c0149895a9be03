package io.casework.approvals.rest;

import io.casework.approvals.config.ApprovalsConfig;
import io.casework.approvals.rest.dto.ConsoleSettingsDto;
import io.casework.backbone.access.AccessClass;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The approval console's one API of its own: where to sign in. The page (static, under {@code /console/}) asks for it
 * before anything else, so one build of the page serves every deployment; the realm's address is the one browsers
 * reach ({@code casework.oidc.public-url}, as Swagger UI's sign-in uses), not the one the service validates tokens
 * against from inside a cluster.
 */
@Path("/console/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Console")
public class ConsoleResource {

    /** A realm's address is its server's followed by {@code /realms/<name>}. */
    private static final Pattern REALM_URL = Pattern.compile("^(.+)/realms/([^/]+)/?$");

    private final ConsoleSettingsDto settings;

    @Inject
    ConsoleResource(@ConfigProperty(name = "casework.oidc.public-url") String realmUrl, ApprovalsConfig config) {
        Matcher realm = REALM_URL.matcher(realmUrl);
        if (!realm.matches()) {
            throw new IllegalStateException("casework.oidc.public-url is not a realm's address (…/realms/<name>): "
                    + realmUrl);
        }
        this.settings = new ConsoleSettingsDto(realm.group(1), realm.group(2), config.console().clientId());
    }

    @GET
    @PermitAll
    @Operation(operationId = "getConsoleSettings",
            summary = "Where the approval console signs in (the realm browsers reach and its public client)",
            description = "Reference data, open without a token: the page served at /approvals/v1/console/ reads it "
                    + "before signing in. It names no person and no child.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.REFERENCE)
    public ConsoleSettingsDto settings() {
        return settings;
    }
}
