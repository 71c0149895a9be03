package io.casework.backbone.rest;

import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page ends in a list ordered by a time and then an id (keyset pagination): the next page starts strictly
 * after it, so items added or removed meanwhile never shift a page or repeat one. Clients treat the text as opaque.
 * Times are kept to the microsecond, as PostgreSQL stores them.
 */
public record PageCursor(Instant at, UUID id) {

    public static final int MAX_LENGTH = 100;
    public static final String PATTERN = "^[A-Za-z0-9_-]{1," + MAX_LENGTH + "}$";
    public static final String MESSAGE = "must be the `next` cursor of a previous page";

    public PageCursor {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        byte[] text = (micros + "~" + id).getBytes(StandardCharsets.US_ASCII);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }

    /** The cursor a client passed back, or null for the first page; anything else is a 400 naming the parameter. */
    public static PageCursor decode(String parameter, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("~", 2);
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
            return new PageCursor(at, UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw Problems.invalidFields(parameter + " " + MESSAGE,
                    List.of(new FieldViolation(parameter, "query", MESSAGE)));
        }
    }
}
