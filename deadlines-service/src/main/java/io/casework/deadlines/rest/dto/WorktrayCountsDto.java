package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A worktray's open deadlines counted by when they are due: in all, by team and by kind and "
        + "rule. Numbers only, no child and no person; only deadlines of children the caller's lists may show are "
        + "counted (ACCESS-RULES: Y or P on record.read).")
public record WorktrayCountsDto(
        @Schema(description = "The day the counts are of, an ISO-8601 date in England", example = "2026-11-27")
        LocalDate today,
        @Schema(description = "The last day that counts as due soon: the authority's number of working days after "
                + "today (casework.worktray.soon-working-days)", example = "2026-12-04")
        LocalDate dueSoonUntil,
        @Schema(description = "Every deadline counted",
                example = "{\"overdue\": 4, \"dueToday\": 2, \"dueSoon\": 13, \"open\": 53}")
        DueCountsDto total,
        @Schema(description = "By team, in order of the team's id; on a team's or a service area's worktray every "
                + "team of it, even with nothing open. Bounded by the teams of one service area, so not paged.",
                maxItems = 500, example = "[{\"team\": \"north\", \"counts\": {\"overdue\": 3, \"dueToday\": 2, "
                + "\"dueSoon\": 9, \"open\": 41}}]")
        List<TeamCountsDto> byTeam,
        @Schema(description = "By kind, then rule id; only those with something open. Bounded by the authority's "
                + "rule set, so not paged.", maxItems = 500, example = "[{\"kind\": \"PATHWAY_STEP\", \"ruleId\": "
                + "\"cf-assessment-priority-20\", \"counts\": {\"overdue\": 1, \"dueToday\": 0, \"dueSoon\": 4, "
                + "\"open\": 12}}]")
        List<RuleCountsDto> byRule) {
}
