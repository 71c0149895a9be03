package io.casework.backbone.access;

/**
 * The outcome of an access check, with the relation it rests on and the basis that goes into the access log.
 * {@code relation} is null for an access decided by a rule of its own (an approver's inbox), not by the table.
 */
public record AccessDecision(Outcome outcome, Relation relation, String basis) {

    public enum Outcome {
        /** Y in the access table. */
        ALLOWED,
        /** P in the access table, and a purpose was given (it is logged with the access). */
        ALLOWED_WITH_PURPOSE,
        /** P in the access table, and no purpose was given. */
        PURPOSE_REQUIRED,
        /** N in the access table. */
        REFUSED
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED || outcome == Outcome.ALLOWED_WITH_PURPOSE;
    }

    /** Whether a list may show this child at all: Y or P on record.read (a P child is listed without details). */
    public boolean listable() {
        return outcome != Outcome.REFUSED;
    }
}
