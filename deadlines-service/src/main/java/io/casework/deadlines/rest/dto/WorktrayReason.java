package io.casework.deadlines.rest.dto;

/** Why a deadline is on someone's worktray. */
public enum WorktrayReason {
    /** Assigned to the caller by name. */
    ASSIGNED,
    /** A note of the caller's team waits for management oversight, which the caller (a manager) may give. */
    TEAM_OVERSIGHT,
    /**
     * A deadline of the caller's team that its managers hold, no one by name (the supervisor's reminder to set a
     * C&F's priority, 004 "Setting A Due Date (Priority) for New C&F").
     */
    TEAM,
    /**
     * Held by another member of the team: shown on a team's or a service area's worktray to those who manage it.
     */
    HELD_IN_TEAM
}
