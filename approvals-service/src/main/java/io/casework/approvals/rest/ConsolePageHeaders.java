package io.casework.approvals.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * The approval console's page and scripts go out with a Content Security Policy: the page runs only its own scripts
 * and styles, talks only to its own origin (the services behind the one front) and the realm, and cannot be framed.
 * A page that holds a manager's token and shows children's records must not run a script injected into a request's
 * text, nor be laid under another site's clicks. The policy is written here, not in the front, so that every
 * deployment (the local front, a cluster's Ingress) serves it the same.
 */
@ApplicationScoped
public class ConsolePageHeaders {

    /** The console's files, under the service's root path. */
    static final String CONSOLE = "/console/*";
    static final String WEBJARS = "/webjars/*";

    void secureConsole(@Observes Router router, @ConfigProperty(name = "casework.oidc.public-url") String realmUrl) {
        String policy = policy(origin(realmUrl));
        for (String path : new String[] {CONSOLE, WEBJARS}) {
            router.route(path).order(Integer.MIN_VALUE + 1).handler(context -> {
                context.response().putHeader("Content-Security-Policy", policy)
                        .putHeader("X-Content-Type-Options", "nosniff")
                        .putHeader("Referrer-Policy", "no-referrer")
                        // A new release of the page is picked up at once; nothing personal is in these files.
                        .putHeader("Cache-Control", "no-cache");
                context.next();
            });
        }
    }

    /** The policy for a console that signs in at {@code realm} (an origin). */
    static String policy(String realm) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + realm + "; frame-src " + realm + "; form-action 'self' " + realm + "; "
                + "frame-ancestors 'none'; base-uri 'none'; manifest-src 'self'";
    }

    /** Scheme, host and port of a URL. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
