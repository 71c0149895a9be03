package io.casework.timescales;

import java.util.Objects;

/**
 * Where a rule comes from: the seed document, the part of it, and a short quote of its own
 * words, so that anyone can check the rule against the policy it claims to follow.
 *
 * @param document the seed's number, e.g. "004"
 * @param section the heading or table row in that document
 * @param quote the seed's own words, fewer than 25 of them
 */
public record Source(String document, String section, String quote) {

    public Source {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(quote, "quote");
    }
}
