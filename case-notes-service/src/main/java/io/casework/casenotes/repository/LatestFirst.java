package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.time.Instant;
import java.util.UUID;

/**
 * Keyset pages of rows listed the latest first by a time and then by id (a history's entries, a child's closures):
 * one condition after the cursor and one cursor shape, so that every such list pages the same way.
 */
final class LatestFirst {

    static final PageCursor.Key[] KEYS = {PageCursor.Key.INSTANT, PageCursor.Key.UUID};

    private LatestFirst() {
    }

    /** Adds "after the cursor" to {@code query} when the page has one; the time field is named {@code at}. */
    static void after(StringBuilder query, Parameters parameters, PageQuery page, String at) {
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and (").append(at).append(", id) < (:cursorAt, :cursorId)");
            parameters.and("cursorAt", after.instant(0)).and("cursorId", after.uuid(1));
        }
    }

    static Sort sort(String at) {
        return Sort.descending(at, "id");
    }

    static PageCursor cursor(Instant at, UUID id) {
        return PageCursor.of(at, id);
    }
}
