package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A head of service reviewed a child's risk alert (001 "Risk Alerts": "at least six monthly thereafter"): it
 * continues, and deadlines-service counts when its next review is due, or it ended (and is kept on the record as ENDED).
 *
 * @param outcome a {@code RiskAlertReviewOutcome} name: CONTINUE or END
 */
public record RiskAlertReviewed(
        UUID riskAlertId,
        UUID childId,
        String team,
        String outcome,
        String reasons,
        String reviewedBy,
        String reviewedByName,
        Instant reviewedAt) {
}
