package io.casework.deadlines.rest;

import io.casework.backbone.problem.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Query parameters arrive as text and are checked by Bean Validation for their shape, so a malformed one is a 400
 * naming it (JAX-RS would answer a failed conversion of a typed query parameter with 404). What a pattern cannot
 * catch, such as 30 February, is refused here in the same terms. Resources use {@code @QueryParam} rather than
 * {@code @RestQuery}: the problem extension names the offending field only for the former.
 */
final class QueryParams {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATE_MESSAGE = "must be a date as YYYY-MM-DD";
    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private QueryParams() {
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalidFields(field + " is not a calendar date",
                    List.of(new Problems.FieldViolation(field, "query", value + " is not a calendar date")));
        }
    }
}
