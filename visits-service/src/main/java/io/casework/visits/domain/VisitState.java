package io.casework.visits.domain;

/** Where a planned statutory visit stands: waiting for a visit, or met by one. */
public enum VisitState {
    PLANNED,
    COMPLETED
}
