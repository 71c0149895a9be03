package io.casework.backbone.ratelimit;

import io.casework.backbone.problem.Problems;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Clock;

/**
 * Every API call counts against its caller's window ({@link RateLimitConfig}); beyond the limit the call is refused
 * with a 429 problem and {@code Retry-After}. Every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining}
 * and {@code RateLimit-Reset} (IETF httpapi draft, the fields most clients read), so a well-behaved client can slow
 * down before it is refused. The caller is the token's user; a call without a token (reference data) counts against
 * its network address. Counts are per replica: with n replicas a caller may make up to n times the limit, which the
 * ingress can tighten (docs/security.md). Application-scoped, so that its configuration is read when the first call
 * arrives, not when the filters are built at start-up (before runtime configuration exists).
 */
@ApplicationScoped
public class RateLimits {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    public static final String RETRY_AFTER = "Retry-After";
    private static final String VERDICT = RateLimits.class.getName();

    @Inject
    RateLimitConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    Clock clock;

    private CallWindows windows;

    @PostConstruct
    void start() {
        windows = new CallWindows(config.requests(), config.window());
    }

    /**
     * Counts the call. The identity is taken as it resolves (authentication is lazy here, and the filter may run on
     * an I/O thread); a token that does not resolve counts like no token, by address: the endpoint's own security
     * refuses it where one is needed.
     */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 1)
    public Uni<Response> count(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String address = "address " + http.remoteAddress().hostAddress();
        return identities.getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? address : "user " + identity.getPrincipal().getName())
                .onFailure().recoverWithItem(address)
                .map(caller -> {
                    CallWindows.Verdict verdict = windows.call(caller, clock.instant());
                    request.setProperty(VERDICT, verdict);
                    return verdict.allowed() ? null : refusal(verdict);
                });
    }

    private Response refusal(CallWindows.Verdict verdict) {
        Response refused = Problems.of(429, "rate-limited", "Too many requests", "You have made "
                + verdict.limit() + " calls in " + config.window().toSeconds() + " seconds, the most allowed; try "
                + "again in " + verdict.resetSeconds() + " seconds").toResponse();
        return Response.fromResponse(refused).header(RETRY_AFTER, verdict.resetSeconds()).build();
    }

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(VERDICT) instanceof CallWindows.Verdict verdict) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(LIMIT, verdict.limit());
            headers.putSingle(REMAINING, verdict.remaining());
            headers.putSingle(RESET, verdict.resetSeconds());
        }
    }

    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldWindows() {
        windows.forgetBefore(clock.instant());
    }
}
