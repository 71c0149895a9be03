package io.casework.approvals.domain;

/** Whether someone may decide a request, and why (or why not). */
public enum DecisionRight {
    /** The request was routed to them. */
    ASSIGNEE(true),
    /** They hold a post above the assignee's on the team's management line. */
    ABOVE_ASSIGNEE(true),
    /**
     * The request was escalated past them because its deadline was breached, and they still hold a post that decides
     * it: a late decision is recorded, never locked out (issue 17).
     */
    DECIDING_POST_AFTER_ESCALATION(true),
    /** They act for the absent assignee under a delegation recorded for this time (issue 17). */
    DELEGATE(true),
    /** They made the request: nobody approves their own work, whatever their post. */
    SELF_APPROVAL(false),
    /** They are neither the assignee nor above them on this team's line (another team's manager, a worker). */
    NOT_ON_LINE(false),
    /** They hold a post on the line, but below the post the catalogue names for this kind of decision. */
    BELOW_DECIDING_POST(false),
    /** Their post is not above the requester's: a manager's own request goes to someone senior to them. */
    NOT_ABOVE_REQUESTER(false);

    private final boolean allowed;

    DecisionRight(boolean allowed) {
        this.allowed = allowed;
    }

    public boolean allowed() {
        return allowed;
    }
}
