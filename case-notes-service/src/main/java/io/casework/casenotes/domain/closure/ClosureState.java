package io.casework.casenotes.domain.closure;

/**
 * Where a closure stands. OPEN while the worker works through the checklist; AWAITING_OVERSIGHT once submitted to the
 * practice manager; CLOSED when the manager approved it (the case is closed); RETURNED when the manager refused it,
 * with their reasons: the case stays open and a new closure starts again from the checklist.
 */
public enum ClosureState {
    OPEN,
    AWAITING_OVERSIGHT,
    CLOSED,
    RETURNED;

    /** Whether this closure still stands in the way of another one for the same child. */
    public boolean going() {
        return this == OPEN || this == AWAITING_OVERSIGHT;
    }
}
