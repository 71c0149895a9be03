package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Visits to a child keep failing, and a manager must now be told and record a case management decision (004 "Failed
 * visits"): the practice manager after the second failed visit in a row, the team manager once failed access has
 * lasted ten days, a senior manager once it has lasted two weeks. Each step is announced once per spell of failed
 * access; approvals-service delivers it to the holder of {@code escalateTo} in the child's team and deadlines-service
 * tracks the manager's decision.
 *
 * @param failedAccessId the spell of failed access: the note of its first failed visit
 * @param escalateTo     PRACTICE_MANAGER, TEAM_MANAGER or SENIOR_MANAGER
 * @param rule           the timescales rule the step follows (e.g. failed-visit-escalation-practice-manager)
 * @param failedSince    the day of the first failed visit of the spell
 * @param lastFailedOn   the day of the latest failed visit
 * @param failedVisits   how many visits of the spell failed
 * @param alertBy        the last working day on which the manager must have been told
 */
public record FailedAccessEscalated(
        UUID failedAccessId,
        UUID childId,
        String team,
        String allocatedWorker,
        String escalateTo,
        String rule,
        LocalDate failedSince,
        LocalDate lastFailedOn,
        int failedVisits,
        LocalDate alertBy,
        Instant escalatedAt) {
}
