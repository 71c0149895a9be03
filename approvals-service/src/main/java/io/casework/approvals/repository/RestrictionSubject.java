package io.casework.approvals.repository;

import io.casework.contracts.events.RestrictionRequested;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a request to restrict a child's record asks the head of service to decide (001 "Restricted Records"): the
 * restriction asked for and the requester's reasons. Never the record: the decider may be off its list. Part of the
 * request it belongs to, written once.
 */
@Embeddable
public class RestrictionSubject {

    @Column(name = "restriction_requested", updatable = false)
    private String restriction;

    @Column(name = "restriction_reasons", updatable = false)
    private String reasons;

    protected RestrictionSubject() {
        // for Hibernate
    }

    static RestrictionSubject of(RestrictionRequested asked) {
        RestrictionSubject subject = new RestrictionSubject();
        subject.restriction = asked.restriction();
        subject.reasons = asked.reasons();
        return subject;
    }

    /** ADOPTION, OTHER, or NONE to lift the restriction. */
    public String getRestriction() {
        return restriction;
    }

    public String getReasons() {
        return reasons;
    }
}
