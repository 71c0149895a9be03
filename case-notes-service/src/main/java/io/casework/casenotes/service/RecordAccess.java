package io.casework.casenotes.service;

import io.casework.backbone.problem.Problems;
import io.casework.backbone.security.Caller;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.domain.AccessDecision;
import io.casework.casenotes.domain.AccessPolicy;
import io.casework.casenotes.domain.AccessRequest;
import io.casework.casenotes.repository.AccessLogEntry;
import io.casework.casenotes.repository.Child;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Checks each read and write of a child's record against allocation, team and management line, and logs it:
 * one entry per request and child touched, allowed or refused (002 s.5).
 */
@ApplicationScoped
public class RecordAccess {

    public static final String PURPOSE_HEADER = "X-Access-Purpose";

    @Inject
    Caller caller;

    @Inject
    RecordChain chain;

    /** Allows the access or throws a 403 problem; logs either way. */
    public AccessDecision require(Child child, String action, String purpose, boolean write) {
        return enforce(child, action, purpose, decide(child, purpose, write),
                "You have no access to this child's record");
    }

    /** Allows an audit of the child's record ({@code record.audit}) or throws a 403 problem; logs either way. */
    public AccessDecision requireAudit(Child child, String action) {
        return enforce(child, action, null, AccessPolicy.decideAudit(request(null, false), facts(child)),
                "You may not audit this child's record");
    }

    /** Decides without logging or throwing: for filtering lists, which log only what they return. */
    public AccessDecision decide(Child child, String purpose, boolean write) {
        return AccessPolicy.decide(request(purpose, write), facts(child));
    }

    private AccessDecision enforce(Child child, String action, String purpose, AccessDecision decision,
            String refusal) {
        record(child, action, purpose, decision);
        if (!decision.allowed()) {
            throw decision.outcome() == AccessDecision.Outcome.PURPOSE_REQUIRED
                    ? Problems.forbidden("access-purpose-required", "This child is not on your caseload. Give the "
                    + "purpose of your access in the " + PURPOSE_HEADER + " header; it is logged (002 s.5).")
                    : Problems.accessRefused(refusal + ": " + decision.basis() + ". The attempt is logged.");
        }
        return decision;
    }

    private static AccessPolicy.ChildFacts facts(Child child) {
        return new AccessPolicy.ChildFacts(child.team, child.allocatedWorker, child.planType);
    }

    private AccessRequest request(String purpose, boolean write) {
        return new AccessRequest(caller.username(), caller.team(), caller.roles(), purpose, write);
    }

    /**
     * Written in a transaction of its own, so that a refusal (which rolls the request back) is still logged, and a
     * read is logged even if the response later fails.
     */
    public void record(Child child, String action, String purpose, AccessDecision decision) {
        AccessLogEntry entry = entry(child, action, purpose, decision);
        QuarkusTransaction.requiringNew().run(() -> chain.append(entry));
    }

    /**
     * Written in the request's own transaction: for the access that opens a record, which did not happen if the
     * record was not opened (and whose child, not yet committed, a transaction of its own could not see).
     */
    public void recordWithin(Child child, String action, AccessDecision decision) {
        chain.append(entry(child, action, null, decision));
    }

    private AccessLogEntry entry(Child child, String action, String purpose, AccessDecision decision) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.childId = child.id;
        entry.username = caller.username();
        entry.fullName = caller.fullName();
        entry.designation = caller.designation();
        entry.team = caller.team();
        entry.action = action;
        entry.purpose = purpose;
        entry.outcome = decision.outcome().name();
        entry.basis = decision.basis();
        entry.at = Instant.now();
        return entry;
    }
}
