package io.casework.deadlines.rest.dto;

import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A tracked deadline, open or met")
public record DeadlineView(
        UUID id,
        UUID childId,
        DeadlineKind kind,
        @Schema(description = "The timescale rule the due date comes from") String ruleId,
        @Schema(description = "Whose rule set the deadline was opened under") String authority,
        @Schema(description = "The work tracked: the planned visit's id, or the note awaiting oversight")
        String subjectId,
        String team,
        @Schema(description = "Username of the person who holds it; absent while it is the team's") String assignee,
        @Schema(description = "The last day on time") LocalDate dueDate,
        DeadlineState state,
        Instant openedAt,
        @Schema(description = "Open only: the due date has passed") Boolean overdue,
        @Schema(description = "Open only: working days from today to the due date, negative when overdue")
        Integer workingDaysLeft,
        @Schema(description = "Met only: the day that counts for lateness") LocalDate metOn,
        @Schema(description = "Met only: when the work was recorded") Instant metAt,
        @Schema(description = "Met only: met after the due date") Boolean late) {
}
