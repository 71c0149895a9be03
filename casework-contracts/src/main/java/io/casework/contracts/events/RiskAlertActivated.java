package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A head of service approved a risk alert: it is now ACTIVE on the child's record (001 "Risk Alerts"). deadlines-service
 * counts when its first review is due, where the authority's rules set one, and announces it (deadline-opened, kind
 * RISK_ALERT_REVIEW, subject the alert).
 *
 * @param type a {@code RiskAlertType} name
 */
public record RiskAlertActivated(
        UUID riskAlertId,
        UUID childId,
        String type,
        LocalDate startedOn,
        String team,
        String approvedBy,
        String approvedByName,
        Instant approvedAt) {
}
