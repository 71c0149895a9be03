package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A tracked deadline passed its due date unmet: published once per deadline, by whichever replica of deadlines-service
 * found it first.
 *
 * @param assignee     who holds it by name, or null when it is its team's (a manager's task)
 * @param owner        the rule's role the deadline belongs to (a casework-timescales DeadlineRole), or null when the
 *                     deadline's rule names none (a statutory visit's, tracked as visits-service counts it)
 * @param dueDate      the last day it was on time
 * @param rulesVersion the version of the rules and calendar the due date was computed under, or null when another
 *                     service counted it
 */
public record DeadlineBreached(
        UUID deadlineId,
        UUID childId,
        String kind,
        String ruleId,
        String subjectId,
        String team,
        String assignee,
        String owner,
        LocalDate dueDate,
        Instant breachedAt,
        String rulesVersion) {
}
