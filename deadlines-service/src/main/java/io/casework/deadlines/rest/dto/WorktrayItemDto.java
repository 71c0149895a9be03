package io.casework.deadlines.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.deadlines.domain.DeadlineKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "An open deadline on a worktray: the caller's own, a team's or a service area's")
public record WorktrayItemDto(
        @Schema(description = "The deadline's id", example = "4d6e8f0a-2b4c-4d6e-8f0a-2b4c6d8e0f1a")
        UUID id,
        @Schema(description = "The child the work is for", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = DeadlineDto.KIND_DESCRIPTION, example = "STATUTORY_VISIT")
        DeadlineKind kind,
        @Schema(description = "The id of the timescale rule the due date comes from",
                example = "statutory-visit-frequency")
        String ruleId,
        @Schema(description = "The work tracked: the planned statutory visit's id, the id of the case note "
                + "awaiting oversight, the pathway step's or risk alert's id, or for FAILED_ACCESS the spell of "
                + "failed access and the step (<failedAccessId>:<role>); null when details are withheld",
                example = "2e4f6a8c-0b1d-4f3e-a5c7-9e1b3d5f7a9c")
        String subjectId,
        @Schema(description = "The id of the child's team", example = "north")
        String team,
        @Schema(description = "The person who holds the deadline. Full name, designation and team as the "
                + "organisation model holds them now; only the username if this service does not know them; null "
                + "while it is the team's (a note awaiting oversight), and when details are withheld",
                example = Person.Examples.SOCIAL_WORKER)
        Person assignee,
        @Schema(description = "The last day on time, an ISO-8601 date in England", example = "2026-03-09")
        LocalDate dueDate,
        @Schema(description = "True once the due date has passed (due today is not overdue yet)", example = "false")
        boolean overdue,
        @Schema(description = "Working days (England and Wales) from today to the due date; 0 when due today, "
                + "negative by the working days since when overdue", example = "3")
        int workingDaysLeft,
        @Schema(description = "ASSIGNED: the caller holds it; TEAM_OVERSIGHT: the team's note awaits management "
                + "oversight, which its practice or team manager may give; TEAM: the team's managers hold it, no one "
                + "by name (a C&F's priority to set); HELD_IN_TEAM: another member of the team holds it (a team's "
                + "or a service area's worktray)", example = "ASSIGNED")
        WorktrayReason reason,
        @Schema(description = "True when the child is shown without details (the caller has P on record.read): "
                + "open the child with X-Access-Purpose to see them", example = "false")
        boolean detailsWithheld) {

    /** The same deadline listed without what would tell about the child's record: the work and who holds it. */
    public WorktrayItemDto withheld() {
        return new WorktrayItemDto(id, childId, kind, ruleId, null, team, null, dueDate, overdue, workingDaysLeft,
                reason, true);
    }
}
