package io.casework.backbone.rest;

import io.casework.backbone.problem.Problems;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every body this suite takes is JSON, except file uploads to the operations that declare them: a body of any other
 * type is refused with 415 before it is read. Declaring {@code @Consumes} is not enough on its own: for a request
 * type with a single text field, the framework would build it from any text at all (the bad-input catalogue found
 * {@code PUT /children/{id}/iro} doing so). A multipart/form-data body passes the first check and is then refused
 * unless the operation it reaches declares {@code @Consumes(MediaType.MULTIPART_FORM_DATA)}.
 */
public class JsonBodiesOnly {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOtherBodies(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!hasBody(request) || (type != null && (isJson(type) || isMultipart(type)))) {
            return Optional.empty();
        }
        return Optional.of(refusal(type));
    }

    @ServerRequestFilter
    public Optional<Response> refuseUndeclaredUploads(ContainerRequestContext request, SimpleResourceInfo resource) {
        MediaType type = request.getMediaType();
        if (!hasBody(request) || type == null || !isMultipart(type) || declaresUploads(resource)) {
            return Optional.empty();
        }
        return Optional.of(refusal(type));
    }

    private static boolean declaresUploads(SimpleResourceInfo resource) {
        try {
            Consumes consumes = resource.getResourceClass()
                    .getMethod(resource.getMethodName(), resource.parameterTypes()).getAnnotation(Consumes.class);
            return consumes != null && Arrays.stream(consumes.value())
                    .anyMatch(value -> value.startsWith(MediaType.MULTIPART_FORM_DATA));
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || (length != null && !length.equals("0"));
    }

    private static Response refusal(MediaType type) {
        return Problems.of(415, "unsupported-media-type", "Unsupported Media Type",
                "This service takes JSON bodies only (Content-Type: application/json), and files only where an "
                        + "operation says so; this one was " + (type == null ? "untyped" : type.toString()))
                .toResponse();
    }

    private static boolean isJson(MediaType type) {
        return type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    private static boolean isMultipart(MediaType type) {
        return type.getType().equals("multipart") && type.getSubtype().equals("form-data");
    }
}
