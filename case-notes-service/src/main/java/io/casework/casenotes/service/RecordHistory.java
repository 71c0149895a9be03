package io.casework.casenotes.service;

import io.casework.backbone.access.enforce.AccessingPerson;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.casenotes.domain.record.RecordChangeKind;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChildRecordChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Keeps each change to a child's record (002 s.5): who made it, as the organisation model has them, when, why and
 * what changed, on the child's chain, in the transaction of the change itself, so that the record and its history
 * never disagree.
 */
@ApplicationScoped
public class RecordHistory {

    @Inject
    RecordChain chain;

    @Inject
    RecordAccess access;

    @Inject
    Clock clock;

    /** Keeps the change just made to the child's record, at the record's new version; answers when it was made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant keep(Child child, RecordChangeKind kind, List<FieldChange> changes, String reason) {
        return keep(child, kind, changes, reason, access.accessingPerson());
    }

    /**
     * Keeps a change made on someone else's decision than the caller's (a decision taken in approvals-service and
     * applied here from its event, when there is no caller), with {@code by} as the one who made it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant keep(Child child, RecordChangeKind kind, List<FieldChange> changes, String reason,
            AccessingPerson by) {
        Instant now = clock.instant();
        ChildRecordChange change = ChildRecordChange.of(child, kind, changes, by, now, reason);
        chain.append(change);
        return change.getChangedAt();
    }
}
