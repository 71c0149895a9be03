package io.casework.timescales;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One thing a request of a kind must or may carry, as the form the seed gives names it (000's roll-back request, 002
 * s.11's removal of records). Values arrive as text, from a form or a JSON body, and are checked here, so that
 * approvals-service and any other caller refuse the same values with the same words.
 *
 * @param name      the field's name in a request body, e.g. {@code returnBy}
 * @param label     what a person filling it in reads
 * @param type      what kind of value it holds
 * @param required  whether a request without it is refused
 * @param values    for an {@link Type#ENUM}, the values allowed; empty otherwise
 * @param maxLength the most characters a value may have
 */
public record ApprovalField(String name, String label, Type type, boolean required, List<String> values,
                            int maxLength) {

    public enum Type {
        /** A line of text. */
        TEXT(200),
        /** Paragraphs: reasons, impact, security measures. */
        LONG_TEXT(4000),
        /** A day, written {@code YYYY-MM-DD}. */
        DATE(10),
        /** A whole number. */
        INTEGER(11),
        /** One of the field's {@code values}. */
        ENUM(100);

        private final int maxLength;

        Type(int maxLength) {
            this.maxLength = maxLength;
        }

        /** The longest value of the type; a text field may allow less. */
        public int maxLength() {
            return maxLength;
        }
    }

    public ApprovalField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        if (values.isEmpty() == (type == Type.ENUM)) {
            throw new IllegalArgumentException(name + ": an ENUM, and only an ENUM, lists its values");
        }
        if (maxLength < 1 || maxLength > type.maxLength()) {
            throw new IllegalArgumentException(name + ": a " + type + " is 1 to " + type.maxLength()
                    + " characters long, not " + maxLength);
        }
    }

    /** A field of the type's own length. */
    public ApprovalField(String name, String label, Type type, boolean required, List<String> values) {
        this(name, label, type, required, values, type.maxLength());
    }

    /**
     * What is wrong with a value given for the field, in words that name the field: missing when required, not a
     * date, not a whole number, not one of the values, or too long. Empty when the value will do. A blank value is
     * no value: a form sends an empty box as an empty string.
     */
    public Optional<String> problemOf(String value) {
        if (value == null || value.isBlank()) {
            return required ? Optional.of(name + " (" + label + ") is required") : Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of(name + " is " + value.length() + " characters long; at most " + maxLength);
        }
        return switch (type) {
            case DATE -> parses(LocalDate::parse, value) ? Optional.empty()
                    : Optional.of(name + " '" + value + "' is not a date written YYYY-MM-DD");
            case INTEGER -> parses(Integer::parseInt, value) ? Optional.empty()
                    : Optional.of(name + " '" + value + "' is not a whole number");
            case ENUM -> values.contains(value) ? Optional.empty()
                    : Optional.of(name + " '" + value + "' is not one of " + values);
            case TEXT, LONG_TEXT -> Optional.empty();
        };
    }

    /** Whether the parser takes the value: both parsers used refuse with an unchecked exception of their own. */
    private static boolean parses(Function<String, ?> parser, String value) {
        try {
            parser.apply(value);
            return true;
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }
}
