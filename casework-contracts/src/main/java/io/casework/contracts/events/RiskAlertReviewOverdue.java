package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An active risk alert's review was not done by its due date (001 "Risk Alerts": "must be reviewed by a Head of
 * Service within six months of being recorded and at least six monthly thereafter"): a breach, announced once per
 * alert and due date. The alert stays ACTIVE, and says that its review is overdue.
 *
 * @param type a {@code RiskAlertType} name
 */
public record RiskAlertReviewOverdue(
        UUID riskAlertId,
        UUID childId,
        String type,
        String team,
        LocalDate reviewDue,
        Instant detectedAt) {
}
