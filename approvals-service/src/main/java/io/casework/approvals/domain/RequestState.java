package io.casework.approvals.domain;

import io.casework.contracts.Outcome;

/** Where a request stands. A decided request is final: deciding it again is a conflict, not an update. */
public enum RequestState {
    PENDING,
    APPROVED,
    RETURNED;

    public boolean decided() {
        return this != PENDING;
    }

    /** Where a decision leaves the request: approved, or returned to its author. */
    public static RequestState after(Outcome outcome) {
        return outcome == Outcome.APPROVED ? APPROVED : RETURNED;
    }
}
