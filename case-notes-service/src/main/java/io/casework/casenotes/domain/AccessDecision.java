package io.casework.casenotes.domain;

/** The outcome of an access check, with the basis that goes into the access log. */
public record AccessDecision(Outcome outcome, String basis) {

    public enum Outcome {
        /** On the caller's caseload or management line. */
        ALLOWED,
        /** Not on the caller's caseload, but a same-team read with a stated purpose (logged with it). */
        ALLOWED_WITH_PURPOSE,
        /** Same team, but a purpose must be given first. */
        PURPOSE_REQUIRED,
        REFUSED
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED || outcome == Outcome.ALLOWED_WITH_PURPOSE;
    }

    static AccessDecision of(Outcome outcome, String basis) {
        return new AccessDecision(outcome, basis);
    }
}
