package io.casework.casenotes.domain;

/**
 * Where a request to remove information stands: PENDING until a manager decides; then APPROVED (the information was
 * removed) or REJECTED (a manager returned it: nothing was removed), for good.
 */
public enum RemovalRequestState {
    PENDING,
    APPROVED,
    REJECTED
}
