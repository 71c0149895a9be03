package io.casework.casenotes.domain.rollback;

/**
 * Where a roll-back request stands (000): with the line manager for their comments, with the head of service for the
 * decision, then approved (and applied to the record) or refused (nothing changed).
 */
public enum RollBackState {
    AWAITING_MANAGER,
    PENDING,
    APPROVED,
    REFUSED;

    /** Whether the request still waits for someone: a child has one such request at a time. */
    public boolean waiting() {
        return this == AWAITING_MANAGER || this == PENDING;
    }
}
