package io.casework.visits.domain;

/**
 * Where a planned statutory visit stands: waiting for a visit, met by one, or withdrawn because the visit it was
 * planned after no longer counts (its note was corrected: the child was not seen after all).
 */
public enum VisitState {
    PLANNED,
    COMPLETED,
    WITHDRAWN
}
