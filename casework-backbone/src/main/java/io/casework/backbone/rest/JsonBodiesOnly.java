package io.casework.backbone.rest;

import io.casework.backbone.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Every body this suite takes is JSON: a body of any other type is refused with 415 before it is read. Declaring
 * {@code @Consumes} is not enough on its own: for a request type with a single text field, the framework would
 * build it from any text at all (the bad-input catalogue found {@code PUT /children/{id}/iro} doing so).
 */
public class JsonBodiesOnly {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOtherBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.equals("0"));
        MediaType type = request.getMediaType();
        if (!hasBody || (type != null && isJson(type))) {
            return Optional.empty();
        }
        return Optional.of(Problems.of(415, "unsupported-media-type", "Unsupported Media Type",
                "This service takes JSON bodies only (Content-Type: application/json); this one was "
                        + (type == null ? "untyped" : type.toString())).toResponse());
    }

    private static boolean isJson(MediaType type) {
        return type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }
}
