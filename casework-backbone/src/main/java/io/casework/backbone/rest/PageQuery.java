package io.casework.backbone.rest;

/**
 * A page asked for, checked: start strictly after {@code after} (null for the first page) and return at most
 * {@code limit} items. Repositories fetch {@link #rows()} rows, one more than the limit, see {@link Pagination}.
 */
public record PageQuery(PageCursor after, int limit) {

    public int rows() {
        return limit + 1;
    }
}
