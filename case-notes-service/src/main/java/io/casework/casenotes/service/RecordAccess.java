package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.Relation;
import io.casework.backbone.access.enforce.AccessRecord;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.repository.AccessLogEntry;
import io.casework.casenotes.repository.Child;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

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

    /** Allows the access or throws a 403 problem; logs either way. */
    public AccessDecision require(Child child, AccessClass accessClass, String action) {
        return access.require(accessClass, child.getId(), action);
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
