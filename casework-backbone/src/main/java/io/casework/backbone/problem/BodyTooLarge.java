package io.casework.backbone.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem before a byte of
 * it is read. The server enforces the same limit by itself, but answers with an empty 413; this route, first on
 * every path, answers the same refusal in the shape of every other error. A chunked body, which declares no length,
 * still meets the server's own empty 413 when it passes the limit.
 *
 * <p>A service that takes file uploads (multipart/form-data, spooled to disk) raises the server's limit for them;
 * every other body keeps the JSON limit, {@code casework.http.max-json-body-size}, since a JSON body is read into
 * memory whole.
 */
@ApplicationScoped
public class BodyTooLarge {

    static final String TYPE = Problems.TYPE_PREFIX + "body-too-large";

    void refuseDeclaredOversize(@Observes Router router,
                                @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
                                @ConfigProperty(name = "casework.http.max-json-body-size") MemorySize jsonLimit) {
        long maxBytes = limit.asLongValue();
        long maxJsonBytes = Math.min(maxBytes, jsonLimit.asLongValue());
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
            long max = type != null && type.toLowerCase().startsWith("multipart/form-data") ? maxBytes : maxJsonBytes;
            if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19
                    && Long.parseLong(declared) > max) {
                String problem = "{\"type\":\"" + TYPE + "\",\"title\":\"Body too large\",\"status\":413,"
                        + "\"detail\":\"The request body is " + declared + " bytes; the most this service takes is "
                        + max + " bytes\"}";
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem);
                return;
            }
            context.next();
        });
    }
}
