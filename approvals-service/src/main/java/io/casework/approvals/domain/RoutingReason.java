package io.casework.approvals.domain;

/**
 * Why a request was routed to whom it was (table {@code approval_routing}): opened, or moved on. Every move is kept and
 * its new assignee notified (issue 17).
 */
public enum RoutingReason {
    /** Routed when it was opened, to the post the catalogue names on the team's line. */
    OPENED,
    /** The child's record was restricted and the assignee is not on its list (001 "Restricted Records"). */
    RECORD_RESTRICTED,
    /** The assignee was taken off the team's management line: the request goes up, never sideways or down. */
    LEFT_THE_LINE,
    /** The assignee left the organisation. */
    LEFT,
    /** The assignee moved to another team. */
    MOVED_TEAM,
    /** The decision's deadline passed: it escalates to the next manager up, and is never locked (issue 17). */
    DEADLINE_BREACHED
}
