package io.casework.approvals.domain;

/** Where a request stands. A decided request is final: deciding it again is a conflict, not an update. */
public enum RequestState {
    PENDING,
    APPROVED,
    RETURNED;

    public boolean decided() {
        return this != PENDING;
    }
}
