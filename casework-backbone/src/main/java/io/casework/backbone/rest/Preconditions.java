package io.casework.backbone.rest;

import io.casework.backbone.problem.Problems;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.Optional;

/**
 * Optimistic concurrency on a changeable resource (docs/api-conventions.md): its ETag is its version, and a change
 * must say, in {@code If-Match}, which version it was made from. A change without one is 428; one made from a
 * version that is no longer current is 412, and changes nothing. So a retried PUT cannot add a second version to an
 * append-only record, and two open tabs cannot silently overwrite each other.
 */
public final class Preconditions {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_MATCH_DESCRIPTION = "The ETag of the version this change was made from, as the "
            + "last read answered it; required (428 without it, 412 when the resource has changed since)";
    public static final String IF_MATCH_DESCRIPTION_CREATE = "To change one that exists: the ETag of the version "
            + "this change was made from, as the last read answered it (428 without it, 412 when it has changed "
            + "since). To create one: leave it out";

    private Preconditions() {
    }

    /** The strong ETag of a version, quoted as HTTP writes it. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A 200 answer carrying the entity and its version as ETag: what a read or a change of such a resource returns. */
    public static Response tagged(Object entity, long version) {
        return Response.ok(entity).header(HttpHeaders.ETAG, etag(version)).build();
    }

    /**
     * For a PUT that creates the resource when it does not exist: an existing one changes only from its current
     * version (as {@link #requireCurrent}); a new one is created without If-Match, and one sent for it is 412, since
     * it matches nothing.
     */
    public static void requireCurrentOrNew(String ifMatch, Optional<Long> currentVersion, String what) {
        if (currentVersion.isPresent()) {
            requireCurrent(ifMatch, currentVersion.get(), what);
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw Problems.of(412, "precondition-failed", "Changed since you read it", "There is no such " + what
                    + " (any more): nothing was saved. Send the change without If-Match to create it.");
        }
    }

    /** Refuses the change unless {@code ifMatch} names the current version (or is {@code *}). */
    public static void requireCurrent(String ifMatch, long currentVersion, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.of(428, "precondition-required", "If-Match required", "Send If-Match with the ETag of "
                    + "the " + what + " as you last read it, so that a change made meanwhile is not overwritten");
        }
        String current = etag(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw Problems.of(412, "precondition-failed", "Changed since you read it", "The " + what + " is now at "
                    + "version " + currentVersion + " (ETag " + current + "), not the one this change was made from. "
                    + "Nothing was saved: read it again, then make the change.");
        }
    }
}
