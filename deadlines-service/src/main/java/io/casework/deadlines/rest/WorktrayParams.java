package io.casework.deadlines.rest;

import io.casework.backbone.rest.RequestParams;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.Due;
import io.casework.deadlines.domain.DueHorizon;
import io.casework.deadlines.repository.WorktrayFilter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of every worktray and of its counts ({@code due}, which the counts count by, is {@link DueParam}),
 * taken as text so that a bad one is a 400 naming it (docs/api-conventions.md "Input"). Use as
 * {@code @BeanParam WorktrayParams filter}.
 */
public class WorktrayParams {

    /** A rule's id as the timescales name them: lower case words joined by hyphens. */
    static final String RULE_ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,99}$";

    @Parameter(description = "Only deadlines of this kind", example = "PATHWAY_STEP",
            schema = @Schema(implementation = DeadlineKind.class))
    @QueryParam("kind")
    @Size(max = 40)
    String kind;

    @Parameter(description = "Only deadlines under this timescale rule", example = "cf-assessment-priority-20")
    @QueryParam("ruleId")
    @Pattern(regexp = RULE_ID_PATTERN, message = "must be a rule id: lower case letters, digits and hyphens")
    String ruleId;

    @Parameter(description = "Only this child's deadlines", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
    @QueryParam("childId")
    @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
    String childId;

    /** The filter asked for, of every due date: what the counts count. */
    public WorktrayFilter filter() {
        return new WorktrayFilter(RequestParams.queryEnum("kind", kind, DeadlineKind.class), ruleId,
                RequestParams.queryUuid("childId", childId), null, null);
    }

    /** The filter asked for, narrowed to the due dates of {@code due} (none when absent) as {@code horizon} counts. */
    public WorktrayFilter filter(DueParam due, DueHorizon horizon) {
        Due window = due.due();
        return window == null ? filter() : filter().due(horizon.from(window), horizon.to(window));
    }
}
