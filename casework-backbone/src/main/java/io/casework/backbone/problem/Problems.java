package io.casework.backbone.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problems the services raise themselves; framework errors (validation, authentication, unknown paths)
 * are turned into problems by the problem extension. Each type is a stable URN a client can switch on.
 */
public final class Problems {

    /** Every problem type of the suite is a URN under this prefix; the README lists them. */
    public static final String TYPE_PREFIX = "urn:casework:problem:";

    private Problems() {
    }

    public static HttpProblem of(Response.Status status, String type, String title, String detail) {
        return of(status.getStatusCode(), type, title, detail);
    }

    public static HttpProblem of(int status, String type, String title, String detail) {
        return builder(status, type, title, detail).build();
    }

    static HttpProblem.Builder builder(int status, String type, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail);
    }

    public static HttpProblem notFound(String what, Object id) {
        return of(Response.Status.NOT_FOUND, "not-found", what + " not found", what + " " + id + " does not exist");
    }

    /**
     * 403 for a person who may not see or change this child's data (another team, not on their caseload). One type
     * across the services, so that a front-end handles "not yours" the same way everywhere.
     */
    public static HttpProblem accessRefused(String detail) {
        return forbidden("access-refused", detail);
    }

    public static HttpProblem forbidden(String type, String detail) {
        return of(Response.Status.FORBIDDEN, type, "Not allowed", detail);
    }

    public static HttpProblem conflict(String type, String detail) {
        return of(Response.Status.CONFLICT, type, "Conflicts with the current state", detail);
    }

    /** 409 with a list the client shows, e.g. what a person still holds before they can be marked as left. */
    public static HttpProblem conflict(String type, String detail, String listName, List<?> items) {
        return builder(Response.Status.CONFLICT.getStatusCode(), type, "Conflicts with the current state", detail)
                .with(listName, items).build();
    }

    public static HttpProblem badRequest(String type, String detail) {
        return of(Response.Status.BAD_REQUEST, type, "Bad request", detail);
    }

    /** A field-level violation, in the same shape as the problem extension's Bean Validation problems. */
    public record FieldViolation(String field, String in, String message) {

        public static FieldViolation body(String field, String message) {
            return new FieldViolation(field, "body", message);
        }
    }

    /** 400 naming each field that breaks a rule of the domain (Bean Validation covers the simple ones). */
    public static HttpProblem invalidFields(String detail, List<FieldViolation> violations) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + "constraint-violation"))
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Constraint Violation")
                .withDetail(detail)
                .with("violations", violations)
                .build();
    }

    public static HttpProblem unprocessable(String type, String detail) {
        return of(422, type, "Cannot be processed", detail);
    }
}
