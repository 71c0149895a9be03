package io.casework.casenotes.service;

import io.casework.backbone.problem.Problems;
import io.casework.backbone.security.Caller;
import io.casework.casenotes.domain.AccessDecision;
import io.casework.casenotes.domain.AccessPolicy;
import io.casework.casenotes.domain.AccessRequest;
import io.casework.casenotes.repository.AccessLogEntry;
import io.casework.casenotes.repository.AccessLogRepository;
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
    AccessLogRepository log;

    /** Allows the access or throws a 403 problem; logs either way. */
    public AccessDecision require(Child child, String action, String purpose, boolean write) {
        AccessDecision decision = decide(child, purpose, write);
        record(child, action, purpose, decision);
        if (!decision.allowed()) {
            throw decision.outcome() == AccessDecision.Outcome.PURPOSE_REQUIRED
                    ? Problems.forbidden("access-purpose-required", "This child is not on your caseload. Give the "
                    + "purpose of your access in the " + PURPOSE_HEADER + " header; it is logged (002 s.5).")
                    : Problems.accessRefused("You have no access to this child's record: "
                    + decision.basis() + ". The attempt is logged.");
        }
        return decision;
    }

    /** Decides without logging or throwing: for filtering lists, which log only what they return. */
    public AccessDecision decide(Child child, String purpose, boolean write) {
        AccessRequest request = new AccessRequest(caller.username(), caller.team(), caller.roles(), purpose, write);
        return AccessPolicy.decide(request,
                new AccessPolicy.ChildFacts(child.team, child.allocatedWorker, child.planType));
    }

    /**
     * Written in a transaction of its own, so that a refusal (which rolls the request back) is still logged, and a
     * read is logged even if the response later fails.
     */
    public void record(Child child, String action, String purpose, AccessDecision decision) {
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
        QuarkusTransaction.requiringNew().run(() -> log.persist(entry));
    }
}
