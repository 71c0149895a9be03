package io.casework.timescales;

/** Whose management line a request goes up: it decides which person holds the deciding post for this request. */
public enum ApprovalScope {
    /** The management line of the child's team: the team's practice manager, team manager and senior manager. */
    TEAM,
    /** The line over the child's team's service area: its senior manager and head of service. */
    SERVICE_AREA,
    /**
     * The requester's own line: for a request about no child in particular, such as paper records taken off site
     * (002 s.11), where the person asking and their manager are the only ones concerned.
     */
    LINE_MANAGER
}
