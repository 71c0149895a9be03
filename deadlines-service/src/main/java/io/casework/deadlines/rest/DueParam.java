package io.casework.deadlines.rest;

import io.casework.backbone.rest.RequestParams;
import io.casework.deadlines.domain.Due;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A worktray's {@code due} filter, taken as text so that a bad one is a 400 naming it. Lists only: the counts count
 * every due date, sorted into overdue, today and soon. Use as {@code @BeanParam DueParam due}.
 */
public class DueParam {

    @Parameter(description = "OVERDUE: the due date has passed; TODAY: due today; SOON: due after today and within "
            + "the authority's number of working days (casework.worktray.soon-working-days, 5 unless set). Every "
            + "open deadline when absent.", example = "OVERDUE", schema = @Schema(implementation = Due.class))
    @QueryParam("due")
    @Size(max = 20)
    String due;

    /** The window asked for, or null for every due date. */
    public Due due() {
        return RequestParams.queryEnum("due", due, Due.class);
    }
}
