package io.casework.deadlines.rest.dto;

import io.casework.deadlines.domain.DeadlineKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Open deadlines of one kind and rule, counted by when they are due")
public record RuleCountsDto(
        @Schema(description = "What the deadlines are for", example = "PATHWAY_STEP")
        DeadlineKind kind,
        @Schema(description = "The id of the timescale rule their due dates come from",
                example = "cf-assessment-priority-20", maxLength = 100)
        String ruleId,
        @Schema(description = "The counts", example = "{\"overdue\": 1, \"dueToday\": 0, \"dueSoon\": 4, \"open\": 12}")
        DueCountsDto counts) {
}
