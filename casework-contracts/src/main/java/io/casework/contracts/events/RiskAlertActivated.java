package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A head of service approved a risk alert: it is now ACTIVE on the child's record, and its first review is due six
 * months after the approval (001 "Risk Alerts"). Published so that deadlines-service can track the review as a
 * deadline.
 *
 * @param type      a {@code RiskAlertType} name
 * @param reviewDue the last day on which the head of service's review is in time
 */
public record RiskAlertActivated(
        UUID riskAlertId,
        UUID childId,
        String type,
        LocalDate startedOn,
        String team,
        String approvedBy,
        String approvedByName,
        Instant approvedAt,
        LocalDate reviewDue) {
}
