package io.casework.backbone.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Set;

/**
 * The person making the request, as their Keycloak token describes them. Every entry on a child's record carries
 * this person's full name, designation and team, so they come from the token, never from the request body.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    public String username() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    public String fullName() {
        String name = token.getClaim("name");
        return name != null ? name : username();
    }

    public String designation() {
        String designation = token.getClaim("designation");
        return designation != null ? designation : "";
    }

    public String team() {
        String team = token.getClaim("team");
        return team != null ? team : "";
    }

    /** When the token the request came with stops being valid: a stream opened with it ends then. */
    public Instant tokenExpiresAt() {
        return Instant.ofEpochSecond(token.getExpirationTime());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> roles() {
        return identity.getRoles();
    }
}
