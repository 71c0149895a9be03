package io.casework.deadlines.domain;

/** How near an open deadline's due date is, as a worktray filters and counts them. */
public enum Due {
    /** The due date has passed. */
    OVERDUE,
    /** Due today: still on time. */
    TODAY,
    /** Due after today, within the next few working days ({@link DueHorizon#soonUntil()}). */
    SOON
}
