package io.casework.casenotes.domain.pathway;

/**
 * Where a worker's outcome sent for authorisation stands (DOMAIN rule 20): PENDING with the manager, then APPROVED
 * (the outcome takes effect and opens what it opens) or REFUSED (the step returns to the worker), once.
 */
public enum OutcomeRequestState {
    PENDING,
    APPROVED,
    REFUSED
}
