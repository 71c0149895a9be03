package io.casework.casenotes.domain.record;

import java.util.EnumSet;
import java.util.Set;

/** What a change to the child's own record was: each is kept, with who, when and why (002 s.5). */
public enum RecordChangeKind {
    /** The record was opened: everything it was opened with, and the first allocation. */
    OPENED,
    /** Details corrected or completed. */
    DETAILS_CHANGED,
    /** An unborn child's birth was recorded (002 s.6). */
    BORN,
    /** The case was allocated to another worker of its team. */
    ALLOCATED,
    /** The case moved to another team. */
    TRANSFERRED,
    /** An IRO was assigned to review the child's plan, or the assignment ended. */
    IRO_ASSIGNED,
    /** The head of service restricted the record or lifted the restriction (001 "Restricted Records"). */
    RESTRICTION_CHANGED,
    /** A subject access request was received and recorded (002 s.9); the request's id is the reason's subject. */
    SUBJECT_ACCESS_REQUESTED,
    /** An originator of third-party information was consulted on a subject access request (002 s.8). */
    SUBJECT_ACCESS_CONSULTED,
    /** A manager decided to disclose or withhold an item of the record on a subject access request (002 s.8). */
    SUBJECT_ACCESS_DECIDED,
    /** A complex subject access request was extended by two further months (UK GDPR Art. 12(3)). */
    SUBJECT_ACCESS_EXTENDED,
    /** The review of a subject access request was completed: the export may be produced. */
    SUBJECT_ACCESS_REVIEWED,
    /**
     * A head of service's approved roll-back moved pathway steps out of the current record (000); each change names a
     * step that moved, and the reason is the head of service's.
     */
    ROLLED_BACK;

    /** The changes the details history lists. */
    public static final Set<RecordChangeKind> DETAILS = EnumSet.of(OPENED, DETAILS_CHANGED, BORN);
    /** The changes the allocation history lists. */
    public static final Set<RecordChangeKind> ALLOCATIONS = EnumSet.of(OPENED, ALLOCATED, TRANSFERRED, IRO_ASSIGNED);
    /** The restriction's decisions, the newest of which the restriction answers. */
    public static final Set<RecordChangeKind> RESTRICTIONS = EnumSet.of(RESTRICTION_CHANGED);
    /** The steps of subject access requests, kept on the chain as evidence of what was disclosed and why. */
    public static final Set<RecordChangeKind> SUBJECT_ACCESS = EnumSet.of(SUBJECT_ACCESS_REQUESTED,
            SUBJECT_ACCESS_CONSULTED, SUBJECT_ACCESS_DECIDED, SUBJECT_ACCESS_EXTENDED, SUBJECT_ACCESS_REVIEWED);
}
