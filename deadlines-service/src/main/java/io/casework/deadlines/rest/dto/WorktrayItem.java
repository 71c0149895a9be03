package io.casework.deadlines.rest.dto;

import io.casework.deadlines.domain.DeadlineKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "An open deadline on the caller's worktray")
public record WorktrayItem(
        UUID deadlineId,
        UUID childId,
        DeadlineKind kind,
        String ruleId,
        String subjectId,
        String team,
        String assignee,
        LocalDate dueDate,
        @Schema(description = "The due date has passed") boolean overdue,
        @Schema(description = "Working days from today to the due date, negative when overdue") int workingDaysLeft,
        @Schema(description = "ASSIGNED: the caller holds it; "
                + "TEAM_OVERSIGHT: their team's note awaits management oversight")
        WorktrayReason reason) {
}
