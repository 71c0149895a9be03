package io.casework.timescales;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a visit frequency comes from. Unlike a recording timescale, most frequencies are set by law, not by the
 * seeds: the regulations cannot be quoted from here, so they are cited by name and provision, and a frequency that
 * neither law nor seed sets says so as a local standard that an authority is expected to replace with its own.
 *
 * @param kind     which of the three it is
 * @param citation the regulation and provision, the seed's section, or what the local standard rests on
 * @param seed     the seed's words, for a {@link Kind#SEED} source only
 */
public record FrequencySource(Kind kind, String citation, Optional<Source> seed) {

    public enum Kind {
        /** A seed document, quoted as the recording timescales are. */
        SEED,
        /** An Act or regulations, cited by name and provision. */
        LEGISLATION,
        /** Neither: a common local standard, to be replaced by the authority's own. */
        LOCAL_STANDARD
    }

    public FrequencySource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(seed, "seed");
        if (seed.isPresent() != (kind == Kind.SEED)) {
            throw new IllegalArgumentException("a seed source, and only a seed source, quotes the seed");
        }
    }
}
