package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's case was closed on the practice manager's approval (002 s.12). visits-service and deadlines-service may
 * stop the child's schedules on it.
 *
 * @param closedOn the day the case closed (Europe/London)
 */
public record CaseClosed(
        UUID closureId,
        UUID childId,
        String reason,
        LocalDate closedOn,
        String approvedBy,
        UUID approvalRequestId,
        Instant closedAt) {
}
