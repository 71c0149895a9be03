package io.casework.deadlines.rest.dto;

/** Why a deadline is on someone's worktray. */
public enum WorktrayReason {
    /** Assigned to the caller by name. */
    ASSIGNED,
    /** A note of the caller's team waits for management oversight, which the caller (a manager) may give. */
    TEAM_OVERSIGHT
}
