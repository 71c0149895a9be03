package io.casework.backbone.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters of every list, taken as text and checked here so that a bad one is a 400 naming it
 * (see {@link Pagination}). Use as {@code @BeanParam PageParams page}.
 */
public class PageParams {

    @Parameter(description = Pagination.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "" + Pagination.MAX_LIMIT, defaultValue = "" + Pagination.DEFAULT_LIMIT))
    @QueryParam("limit")
    String limit;

    @Parameter(description = Pagination.AFTER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
            pattern = PageCursor.PATTERN, maxLength = PageCursor.MAX_LENGTH))
    @QueryParam("after")
    String after;

    /** The page asked for, its cursor checked against the kinds of the list's sort keys. */
    public PageQuery query(PageCursor.Key... shape) {
        return new PageQuery(PageCursor.decode("after", after, shape), Pagination.limit(limit));
    }
}
