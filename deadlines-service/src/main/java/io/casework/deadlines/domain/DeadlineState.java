package io.casework.deadlines.domain;

/**
 * A deadline is OPEN until the work it tracks is done, then MET for good (on time or late). There is no way back:
 * a met deadline is history, and work that comes round again is a new deadline.
 */
public enum DeadlineState {
    OPEN,
    MET;

    /** The state after the tracked work is done; only an open deadline can be met. */
    public DeadlineState meet() {
        if (this != OPEN) {
            throw new IllegalDeadlineTransition(this, MET);
        }
        return MET;
    }

    /** Refused transition between states: a bug in the caller, never a user's mistake. */
    public static final class IllegalDeadlineTransition extends IllegalStateException {

        public IllegalDeadlineTransition(DeadlineState from, DeadlineState to) {
            super("a deadline cannot go from " + from + " to " + to);
        }
    }
}
