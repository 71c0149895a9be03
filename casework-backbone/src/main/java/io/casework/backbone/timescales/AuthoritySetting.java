package io.casework.backbone.timescales;

import io.casework.timescales.Authorities;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deployment's authority, checked at start-up: whose recording timescales every due date and late mark follows.
 *
 * <p>Production has no default. A council that forgot the setting would otherwise judge its workers by the LCS
 * practice guide's timescales, or another council's, without anyone noticing; refusing to start makes the choice
 * explicit. The dev and test profiles keep a default so that tests and the local suite run unconfigured.
 */
public final class AuthoritySetting {

    /** The environment variable that sets {@link Authorities#CONFIG_PROPERTY}. */
    public static final String VARIABLE = "CASEWORK_AUTHORITY";

    private AuthoritySetting() {
    }

    /**
     * The configured authority, trimmed.
     *
     * @param configured the value of {@link Authorities#CONFIG_PROPERTY}, empty when unset or blank
     * @param known the authorities with rule sets
     * @throws IllegalStateException naming the setting and the authorities available, when the value is missing or
     *         names no known rule set
     */
    public static String require(Optional<String> configured, Set<String> known) {
        Objects.requireNonNull(configured, "configured");
        Objects.requireNonNull(known, "known");
        Optional<String> authority = configured.map(String::trim).filter(value -> !value.isEmpty());
        if (authority.isEmpty()) {
            throw new IllegalStateException("No authority is configured: set " + VARIABLE + " (the property "
                    + Authorities.CONFIG_PROPERTY + ") to the authority whose recording timescales this deployment "
                    + "follows, one of " + available(known) + ". A production deployment has no default.");
        }
        if (!known.contains(authority.get())) {
            throw new IllegalStateException(VARIABLE + " (the property " + Authorities.CONFIG_PROPERTY + ") is '"
                    + authority.get() + "', which has no timescale rule set; set one of " + available(known) + ".");
        }
        return authority.get();
    }

    private static String available(Set<String> known) {
        return String.join(", ", new TreeSet<>(known));
    }
}
