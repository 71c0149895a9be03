package io.casework.visits.rest;

import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Request parameters taken as text, so that a malformed one is a 400 problem naming it (JAX-RS would answer 404 for
 * a path or query parameter it cannot convert). Bean Validation checks the shape first; this catches what a pattern
 * cannot, such as 30 February, and answers in the same shape.
 */
final class Params {

    /** Canonical UUID text, any case. */
    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    /** ISO-8601 calendar date, yyyy-MM-dd. */
    static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

    private Params() {
    }

    static UUID pathUuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "path", "must be a UUID", value);
        }
    }

    static LocalDate queryDate(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, "query", "must be a calendar date as yyyy-MM-dd", value);
        }
    }

    private static RuntimeException invalid(String name, String in, String message, String value) {
        return Problems.invalidFields(name + " " + message + ", was '" + value + "'",
                List.of(new FieldViolation(name, in, message)));
    }
}
