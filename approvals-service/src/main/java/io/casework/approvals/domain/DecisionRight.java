package io.casework.approvals.domain;

/** Whether someone may decide a request, and why (or why not). */
public enum DecisionRight {
    /** The request was routed to them. */
    ASSIGNEE(true),
    /** They hold a post above the assignee's on the team's management line. */
    ABOVE_ASSIGNEE(true),
    /** They made the request: nobody approves their own work, whatever their post. */
    SELF_APPROVAL(false),
    /** They are neither the assignee nor above them on this team's line (another team's manager, a worker). */
    NOT_ON_LINE(false);

    private final boolean allowed;

    DecisionRight(boolean allowed) {
        this.allowed = allowed;
    }

    public boolean allowed() {
        return allowed;
    }
}
