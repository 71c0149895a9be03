package io.casework.backbone.problem;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A missing or invalid token is a 401 problem with a Bearer challenge; a role that may not call an operation at all
 * is the same 403 {@code access-refused} problem as the access policy's refusals, so a client handles both alike. The problem extension's own mapper for these
 * fails against this Quarkus version (NoSuchFieldError), so these take precedence over it.
 */
public class SecurityProblemMapper {

    @ServerExceptionMapper(value = {UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class}, priority = 1)
    public Response unauthorised(RuntimeException e) {
        return Problems.builder(401, "unauthorised", "Unauthorized",
                        "A valid bearer token from the casework realm is required")
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"casework\"")
                .build()
                .toResponse();
    }

    @ServerExceptionMapper(value = ForbiddenException.class, priority = 1)
    public Response forbidden(ForbiddenException e) {
        return Problems.accessRefused("Your role does not allow this operation").toResponse();
    }
}
