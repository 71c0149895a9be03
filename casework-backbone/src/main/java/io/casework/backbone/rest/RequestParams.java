package io.casework.backbone.rest;

import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.problem.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Path and query parameters taken as text, so that a malformed one is a 400 problem naming it (JAX-RS answers 404 for
 * a parameter it cannot convert). Bean Validation checks the shape with these patterns first; the parsers catch what
 * a pattern cannot, such as 30 February, and answer in the same shape. Use {@code @QueryParam}, not
 * {@code @RestQuery}: the problem extension names the offending field only for the former.
 */
public final class RequestParams {

    /** Canonical UUID text, any case. */
    public static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    public static final String UUID_MESSAGE = "must be a UUID";

    /** ISO-8601 calendar date. */
    public static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
    public static final String DATE_MESSAGE = "must be a calendar date as yyyy-MM-dd";

    private RequestParams() {
    }

    public static UUID pathUuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "path", UUID_MESSAGE, value);
        }
    }

    /** An optional UUID filter: null when absent. */
    public static UUID queryUuid(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "query", UUID_MESSAGE, value);
        }
    }

    /** An optional enum filter: null when absent; a value not of the enum is a 400 listing those that are. */
    public static <E extends Enum<E>> E queryEnum(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "query", "must be one of " + java.util.Arrays.toString(type.getEnumConstants()),
                    value);
        }
    }

    public static LocalDate queryDate(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, "query", DATE_MESSAGE, value);
        }
    }

    private static RuntimeException invalid(String name, String in, String message, String value) {
        return Problems.invalidFields(name + " " + message + ", was '" + value + "'",
                List.of(new FieldViolation(name, in, message)));
    }
}
