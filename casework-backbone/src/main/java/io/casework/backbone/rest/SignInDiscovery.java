package io.casework.backbone.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Points the served document's OpenID Connect scheme at the realm this deployment's browsers reach
 * ({@code casework.oidc.public-url}), so that Swagger UI signs in there. The document is generated at build time
 * with the local realm; a cluster's realm has another public address (its ingress), known only when it starts.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SignInDiscovery implements OASFilter {

    static final String PUBLIC_URL = "casework.oidc.public-url";
    static final String DISCOVERY = "/.well-known/openid-configuration";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
            return;
        }
        ConfigProvider.getConfig().getOptionalValue(PUBLIC_URL, String.class).ifPresent(realm -> api.getComponents()
                .getSecuritySchemes().values().stream()
                .filter(scheme -> scheme.getType() == SecurityScheme.Type.OPENIDCONNECT)
                .forEach(scheme -> scheme.openIdConnectUrl(realm + DISCOVERY)));
    }
}
