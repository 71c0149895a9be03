package io.casework.casenotes.domain;

/**
 * Where a risk alert stands (001 "Risk Alerts"): PENDING the head of service's decision; ACTIVE once approved, until
 * a head of service's review ends it (an overdue review leaves it ACTIVE, saying so); REFUSED by the head of service;
 * ENDED by a review. Nothing is deleted.
 */
public enum RiskAlertState {
    PENDING,
    ACTIVE,
    REFUSED,
    ENDED
}
