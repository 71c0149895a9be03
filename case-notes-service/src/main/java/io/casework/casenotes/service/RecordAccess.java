package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.AccessPolicy;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.Relation;
import io.casework.backbone.access.enforce.AccessRecorder;
import io.casework.backbone.access.enforce.AccessingPerson;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Caller;
import io.casework.backbone.access.enforce.AccessRecord;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.repository.AccessLogEntry;
import io.casework.casenotes.repository.Child;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The suite's access policy applied to the child's record here: each read and write is checked by the backbone's
 * {@link ChildAccess} and logged on the child's chained access log (002 s.5), allowed or refused.
 */
@ApplicationScoped
public class RecordAccess {

    @Inject
    ChildAccess access;

    @Inject
    RecordChain chain;

    @Inject
    Clock clock;

    @Inject
    AccessRecorder recorder;

    @Inject
    StoredOrganisation organisation;

    @Inject
    Caller caller;

    /** Allows the access or throws a 403 problem; logs either way. */
    public AccessDecision require(Child child, AccessClass accessClass, String action) {
        return access.require(accessClass, child.getId(), action);
    }

    /** The caller as the record keeps them: name, job title and team from the organisation model. */
    public AccessingPerson person() {
        return access.person();
    }

    /**
     * What the caller may see of each of these children in the answer to a check that names them (the duplicate
     * check): the access table's record.read decision for each, logged on each child's access log (ACCESS-RULES.md:
     * "the check is logged"). A child the caller may not see at all is logged as refused with {@code hiddenBasis}:
     * the answer says no more than that it exists.
     */
    public Map<UUID, AccessDecision> checked(List<ChildFacts> children, String action, String hiddenBasis) {
        String purpose = access.purpose();
        AccessingPerson person = person();
        Instant now = clock.instant();
        Map<UUID, AccessDecision> decisions = new LinkedHashMap<>();
        List<AccessRecord> log = new ArrayList<>();
        for (ChildFacts child : children) {
            AccessDecision decision = AccessPolicy.decide(AccessClass.RECORD_READ, caller.username(), child,
                    organisation, purpose != null);
            decisions.put(child.childId(), decision);
            log.add(new AccessRecord(child.childId(), AccessClass.RECORD_READ, action, purpose, decision.listable()
                    ? decision : new AccessDecision(AccessDecision.Outcome.REFUSED, decision.relation(),
                    hiddenBasis + " (" + decision.basis() + ")"), person, now));
        }
        recorder.record(log);
        return decisions;
    }

    /**
     * Logs the access that opens a record, in the request's own transaction: it did not happen if the record was not
     * opened (and the child, not yet committed, could not be seen from a transaction of its own).
     */
    public void recordOpening(Child child, String action) {
        chain.append(AccessLogEntry.served(new AccessRecord(child.getId(), AccessClass.RECORD_WRITE, action, null,
                new AccessDecision(AccessDecision.Outcome.ALLOWED, Relation.ALLOCATED,
                        Relation.ALLOCATED.wire() + " or team: opened the record"),
                access.person(), clock.instant())));
    }
}
