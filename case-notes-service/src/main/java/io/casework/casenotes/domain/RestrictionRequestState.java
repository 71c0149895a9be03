package io.casework.casenotes.domain;

/**
 * Where a request to restrict a record (or to lift its restriction) stands: PENDING until the head of service decides;
 * then APPROVED (the record's restriction is what was asked) or REFUSED (nothing changed), for good.
 */
public enum RestrictionRequestState {
    PENDING,
    APPROVED,
    REFUSED
}
