package io.casework.contracts;

import java.util.Arrays;

/**
 * The decision kind by which the head of service of a child's service area decides whether a risk alert is recorded
 * on the child's record (001 "Risk Alerts": "only Heads of Service can make the decision for a risk alert to be
 * recorded"). case-notes-service asks for it, approvals-service routes it and records the decision, and
 * case-notes-service applies it to the alert.
 */
public enum RiskAlertDecision {
    RISK_ALERT;

    /** Whether a decision of this kind is a risk alert's. */
    public static boolean covers(String kind) {
        return Arrays.stream(values()).anyMatch(k -> k.name().equals(kind));
    }
}
