package io.casework.backbone.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list, in the list's stable order. The client asks for the next page by passing {@code next} back as
 * the {@code after} query parameter; on the last page {@code next} is absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        // The example is composed from the items' own schema (ApiDocumentRules): one per page type, never stale.
        @Schema(description = "This page's items, in the list's documented order; empty when nothing (more) is "
                + "shown", maxItems = Pagination.MAX_LIMIT)
        List<T> items,
        @Schema(description = "Opaque cursor of the following page, to pass as `after`; absent on the last page",
                maxLength = PageCursor.MAX_LENGTH, example = "MTc5NTY4MzYwMDAwMDAwMH42ZjFjMmE3ZS0zYjFkLTRlNTUtOWEwYy0yZDhmN2IxZTRjOTA")
        String next,
        @Schema(description = "How many items the whole list holds, where counting it is cheap (the inbox, "
                + "notifications); absent otherwise", minimum = "0", maximum = "2147483647", example = "42")
        Long total) {

    public static <T> Page<T> of(List<T> items, PageCursor next) {
        return new Page<>(items, next == null ? null : next.encode(), null);
    }

    public Page<T> withTotal(long count) {
        return new Page<>(items, next, count);
    }
}
