package io.casework.contracts;

import java.util.Arrays;

/**
 * Decisions a manager records within their own authority, in the service that owns the subject, without asking anyone
 * (issue 17; 004 "Setting A Due Date (Priority) for New C&F": the practice manager resets the priority). The owning
 * service applies them as they are made; approvals-service keeps each in its register of decisions, so that every
 * decision on a child is in one place. The names are the approval catalogue's.
 */
public enum DirectDecision {
    /** A practice manager reset a Child and Family Assessment's priority (004). */
    CF_PRIORITY_CHANGE,
    /** A manager gave an open deadline a later due date, saying why (004). */
    DEADLINE_EXTENSION,
    /** A head of service reviewed a risk alert: continued or ended (001 "Risk Alerts"). */
    RISK_ALERT_REVIEW;

    public static boolean covers(String kind) {
        return Arrays.stream(values()).anyMatch(decision -> decision.name().equals(kind));
    }
}
