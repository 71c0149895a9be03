package io.casework.contracts;

/**
 * What a head of service decides when reviewing a risk alert (001 "Risk Alerts": "reviewed by a Head of Service
 * within six months of being recorded and at least six monthly thereafter"): the alert stays, with its next review
 * due six months on, or it ends and is kept on the record as ended.
 */
public enum RiskAlertReviewOutcome {
    CONTINUE,
    END
}
