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
    MANAGEMENT_OVERSIGHT("statutory-visit-oversight"),

    /**
     * A step of the child's case pathway under one of the authority's tracked rules (a C&F to complete within its
     * priority, the supervisor's reminder to set it: 004 "Setting A Due Date (Priority) for New C&F"): which rule
     * is the deadline's own, opened, met and cancelled as the rule's data says (TrackedRules), its due date counted
     * here from the step's start date.
     */
    PATHWAY_STEP(null),

    /**
     * The head of service's review of a risk alert, under the authority's rule where it has one (001 "Risk Alerts":
     * within six months of being recorded and at least six-monthly after): opened when the alert is activated, met by
     * each review, opened again for the next cycle when the review continues it.
     */
    RISK_ALERT_REVIEW(null),

    /**
     * A manager's case management decision after failed access to a child (004 "Failed visits": "when failed visits
     * are escalated the manager records a case management decision"): one per step of a spell of failed access (the
     * practice manager, the team manager, a senior manager), under the rule the step names, opened when visits-service
     * escalates it, due on the day it says the manager must be told by, met by a management decision note, cancelled
     * when the failed access ends or the case closes.
     */
    FAILED_ACCESS(null);

    private final String ruleId;

    DeadlineKind(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The id of the timescale rule this kind of deadline runs under; null where the rule varies (read the row's). */
    public String ruleId() {
        return ruleId;
    }
}
