package io.casework.timescales;

/** How a request for a decision reaches approvals-service. */
public enum RequestChannel {
    /** As an event of the service that owns the subject (a note, a pathway step) and applies the decision. */
    EVENT,
    /** Through approvals-service's own API, for a subject no service owns (paper records taken off site). */
    REST
}
