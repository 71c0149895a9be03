package io.casework.timescales;

/**
 * Who a tracked deadline belongs to, or whom it goes to when breached. Roles, not people: the person holding a role
 * for a child is found from the child's allocation and the organisation model when the deadline opens, so a rule set
 * stays true when staff change.
 */
public enum DeadlineRole {
    /** The social worker (or personal adviser) the child is allocated to: most recording is theirs. */
    ALLOCATED_WORKER,
    /** The allocated worker's practice manager: oversight of statutory visits and C&F priorities (004). */
    PRACTICE_MANAGER,
    /** The manager of the team that holds the child: alerted to failed access over ten days (004). */
    TEAM_MANAGER,
    /** A manager above the team, over its service area: alerted to failed access over two weeks (004). */
    SENIOR_MANAGER,
    /** The head of service for the child's service area: decides and reviews risk alerts (001 "Risk Alerts"). */
    HEAD_OF_SERVICE,
    /** The child's independent reviewing officer: chairs looked-after reviews and child protection conferences. */
    IRO
}
