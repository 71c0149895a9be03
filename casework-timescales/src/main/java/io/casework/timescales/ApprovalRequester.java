package io.casework.timescales;

/** Who may ask for a decision of a kind, by their relation to the child (ACCESS-RULES.md relations). */
public enum ApprovalRequester {
    /** The child's allocated worker. */
    ALLOCATED_WORKER,
    /** Another member of the child's team, who records on the child without holding the case. */
    TEAM_MEMBER,
    /**
     * The managers over the child's allocated worker: their supervisor, the team's practice and team managers and the
     * area's senior manager. With {@link #ALLOCATED_WORKER} it is the child's whole management line (ACCESS-RULES
     * relations allocated, supervisor, team-line, area-line).
     */
    MANAGEMENT_LINE,
    /** Any member of staff, whatever their relation to a child: a request about no child in particular. */
    ANY_STAFF
}
