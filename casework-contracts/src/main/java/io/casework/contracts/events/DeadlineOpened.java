package io.casework.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * deadlines-service started tracking a deadline under a timescale rule.
 *
 * @param rulesVersion the version of the rules and calendar the due date was computed under in deadlines-service, or
 *                     null when another service counted it (a statutory visit's, visits-service)
 */
public record DeadlineOpened(
        UUID deadlineId,
        UUID childId,
        String kind,
        String ruleId,
        String subjectId,
        String team,
        String assignee,
        LocalDate dueDate,
        String rulesVersion) {
}
