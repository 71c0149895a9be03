package io.casework.deadlines.domain;

/**
 * What a tracked deadline is for, and the timescale rule its due date comes from.
 */
public enum DeadlineKind {

    /**
     * The next statutory visit to a child. Its due date is the one visits-service computed from the local visit
     * standard configured there; this service tracks it and does not recompute it.
     */
    STATUTORY_VISIT("statutory-visit-frequency"),

    /**
     * Practice manager oversight of a statutory visit case note (004 "Recording Statutory Visits"), due under the
     * authority's {@code statutory-visit-oversight} rule from the day the note was submitted.
     */
    MANAGEMENT_OVERSIGHT("statutory-visit-oversight");

    private final String ruleId;

    DeadlineKind(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The id of the timescale rule this kind of deadline runs under. */
    public String ruleId() {
        return ruleId;
    }
}
