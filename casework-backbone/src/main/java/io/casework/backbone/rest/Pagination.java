package io.casework.backbone.rest;

import io.casework.backbone.problem.Problems;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one paging convention of every list (docs/api-conventions.md): {@code limit} items per page, 25 unless asked,
 * at most 100; {@code after} the previous page's {@code next}. Repositories fetch one row more than the limit, so
 * that whether another page exists is known without counting.
 */
public final class Pagination {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    public static final String LIMIT_DESCRIPTION = "Items per page, 1 to " + MAX_LIMIT + "; " + DEFAULT_LIMIT
            + " if absent";
    public static final String AFTER_DESCRIPTION = "The `next` cursor of the previous page; absent for the first page";

    /** Digits only, so that a word or a sign is named as a bad {@code limit} rather than lost in conversion. */
    public static final String LIMIT_PATTERN = "^[0-9]{1,3}$";
    public static final String LIMIT_MESSAGE = "must be a whole number from 1 to " + MAX_LIMIT;

    private Pagination() {
    }

    /** The page size asked for: 25 when absent, else 1 to 100; anything else is a 400 naming {@code limit}. */
    public static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int limit = text.matches(LIMIT_PATTERN) ? Integer.parseInt(text) : 0;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problems.invalidFields("limit " + LIMIT_MESSAGE + ", was '" + text + "'",
                    List.of(new Problems.FieldViolation("limit", "query", LIMIT_MESSAGE)));
        }
        return limit;
    }

    /** A page from {@code limit + 1} fetched rows, mapped for the wire; the extra row only says that more exist. */
    public static <E, T> Page<T> page(List<E> rows, PageQuery query, Function<E, PageCursor> cursorOf,
                                      Function<List<E>, List<T>> mapper) {
        return filteredPage(rows, query, cursorOf, row -> true, mapper);
    }

    /**
     * A page of the fetched rows that {@code shown} keeps, for lists that the access policy filters after the query.
     * The cursor follows the last row looked at, shown or not, so such a page may hold fewer than {@code limit}
     * items, or none, and still have a next: only an absent {@code next} means the end (docs/api-conventions.md).
     */
    public static <E, T> Page<T> filteredPage(List<E> rows, PageQuery query, Function<E, PageCursor> cursorOf,
                                              Predicate<E> shown, Function<List<E>, List<T>> mapper) {
        int limit = query.limit();
        boolean more = rows.size() > limit;
        List<E> examined = more ? rows.subList(0, limit) : rows;
        return Page.of(mapper.apply(examined.stream().filter(shown).toList()),
                more ? cursorOf.apply(examined.get(limit - 1)) : null);
    }
}
