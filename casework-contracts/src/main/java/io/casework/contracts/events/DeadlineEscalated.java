package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One escalation step of a breached deadline was taken, as its rule names: the role to tell, found in the child's
 * team by whoever tells them. Published once per step.
 *
 * @param step    the step's number in the rule's escalation, from 1
 * @param role    whom the step goes to (a casework-timescales DeadlineRole)
 * @param dueDate the deadline's due date, still unmet
 */
public record DeadlineEscalated(
        UUID deadlineId,
        UUID childId,
        String kind,
        String ruleId,
        String subjectId,
        String team,
        int step,
        String role,
        LocalDate dueDate,
        Instant escalatedAt) {
}
