package io.casework.contracts;

import io.casework.contracts.events.ApprovalDecided;

import java.util.Arrays;

/**
 * Decisions a manager records within their own authority, in the service that owns the subject, without asking anyone
 * (issue 17; 004 "Setting A Due Date (Priority) for New C&F": the practice manager resets the priority). The owning
 * service applies them as they are made; approvals-service keeps each in its register of decisions, so that every
 * decision on a child is in one place. The names are the approval catalogue's. A worker may ask for a priority change
 * or an extension through approvals-service instead: the owning service applies the approved request as the manager's
 * own change, naming the request.
 */
public enum DirectDecision {
    /** A practice manager reset a Child and Family Assessment's priority (004). */
    CF_PRIORITY_CHANGE,
    /** A manager gave an open deadline a later due date, saying why (004). */
    DEADLINE_EXTENSION,
    /** A head of service reviewed a risk alert: continued or ended (001 "Risk Alerts"). */
    RISK_ALERT_REVIEW;

    /** The catalogue's names of the fields a worker's request carries ({@code ApprovalDecided.details}). */
    public static final String DUE_DATE = "dueDate";
    public static final String PRIORITY = "priority";
    public static final String REASON = "reason";

    public static boolean covers(String kind) {
        return Arrays.stream(values()).anyMatch(decision -> decision.name().equals(kind));
    }

    /** Whether {@code decision} approves a worker's request of this kind: the owning service has it to apply. */
    public boolean approvedIn(ApprovalDecided decision) {
        return name().equals(decision.kind()) && decision.outcome() == Outcome.APPROVED;
    }
}
