package io.casework.deadlines.domain;

/**
 * A deadline is OPEN until the work it tracks is done, then MET (on time or late). Work that comes round again is a
 * new deadline. Two ways back exist, both because the work itself was corrected, never by a user of this service: a
 * statutory visit whose note was corrected so that it no longer counts (003 s.5b) reopens the deadline it met, and
 * the visit planned after it is no longer due, so that deadline is WITHDRAWN (kept, never deleted, neither open nor
 * breached); if the corrected visit counts again, the withdrawn deadline is reinstated.
 */
public enum DeadlineState {
    OPEN,
    MET,
    WITHDRAWN;

    /** The state after the tracked work is done; only an open deadline can be met. */
    public DeadlineState meet() {
        return from(OPEN, MET);
    }

    /** The work is no longer due; only an open deadline can be withdrawn. */
    public DeadlineState withdraw() {
        return from(OPEN, WITHDRAWN);
    }

    /** The work that met it no longer counts: the deadline waits again. Only a met deadline can be reopened. */
    public DeadlineState reopen() {
        return from(MET, OPEN);
    }

    /** The work is due after all: only a withdrawn deadline can be reinstated. */
    public DeadlineState reinstate() {
        return from(WITHDRAWN, OPEN);
    }

    private DeadlineState from(DeadlineState required, DeadlineState to) {
        if (this != required) {
            throw new IllegalDeadlineTransition(this, to);
        }
        return to;
    }

    /** Refused transition between states: a bug in the caller, never a user's mistake. */
    public static final class IllegalDeadlineTransition extends IllegalStateException {

        public IllegalDeadlineTransition(DeadlineState from, DeadlineState to) {
            super("a deadline cannot go from " + from + " to " + to);
        }
    }
}
