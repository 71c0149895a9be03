package io.casework.backbone.rest;

import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page ends, as the values of the list's sort keys on its last item (keyset pagination): the next page starts
 * strictly after them, so items added or removed meanwhile never shift a page or repeat one. Clients treat the text
 * as opaque. Times are kept to the microsecond, as PostgreSQL stores them.
 */
public record PageCursor(List<String> keys) {

    public static final int MAX_LENGTH = 300;
    public static final String PATTERN = "^[A-Za-z0-9_-]{1,300}$";
    public static final String MESSAGE = "must be the `next` cursor of a previous page";
    /** Separates the keys in the encoded text: a control character no key contains. */
    private static final String SEPARATOR = "\u001f";

    public PageCursor {
        keys = List.copyOf(keys);
    }

    /** The sort keys of an item, in the list's order: text, numbers, dates, times and ids. */
    public static PageCursor of(Object... keys) {
        return new PageCursor(Arrays.stream(keys).map(PageCursor::keyText).toList());
    }

    public String text(int index) {
        return keys.get(index);
    }

    public Instant instant(int index) {
        return Instant.parse(keys.get(index));
    }

    public LocalDate date(int index) {
        return LocalDate.parse(keys.get(index));
    }

    public long number(int index) {
        return Long.parseLong(keys.get(index));
    }

    public UUID uuid(int index) {
        return UUID.fromString(keys.get(index));
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /** The kinds of sort key, so that a cursor is checked against its list's before any query uses it. */
    public enum Key {
        TEXT, INSTANT, DATE, NUMBER, UUID;

        boolean parses(String value) {
            try {
                switch (this) {
                    case INSTANT -> Instant.parse(value);
                    case DATE -> LocalDate.parse(value);
                    case NUMBER -> Long.parseLong(value);
                    case UUID -> java.util.UUID.fromString(value);
                    default -> { }
                }
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    /**
     * The cursor a client passed back, or null for the first page. A cursor that does not decode into keys of the
     * list's kinds (one the service did not issue for this list) is a 400 naming the parameter.
     */
    public static PageCursor decode(String parameter, String text, Key... shape) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            List<String> keys = List.of(decoded.split(SEPARATOR, -1));
            if (keys.size() == shape.length) {
                boolean fits = true;
                for (int i = 0; i < shape.length; i++) {
                    fits &= shape[i].parses(keys.get(i));
                }
                if (fits) {
                    return new PageCursor(keys);
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64: refused below
        }
        throw Problems.invalidFields(parameter + " " + MESSAGE,
                List.of(new FieldViolation(parameter, "query", MESSAGE)));
    }

    private static String keyText(Object key) {
        if (key instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.MICROS).toString();
        }
        return String.valueOf(key);
    }
}
