package io.casework.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/** deadlines-service started tracking a deadline under a timescale rule. */
public record DeadlineOpened(
        UUID deadlineId,
        UUID childId,
        String kind,
        String ruleId,
        String subjectId,
        String team,
        String assignee,
        LocalDate dueDate) {
}
