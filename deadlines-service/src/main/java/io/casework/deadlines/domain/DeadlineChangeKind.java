package io.casework.deadlines.domain;

/** What happened to a deadline, as its history says (table {@code deadline_change}). */
public enum DeadlineChangeKind {
    OPENED,
    MET,
    /** Met again on another day: the work that met it was corrected (003 s.5b). */
    REMET,
    /** No longer due, kept with the reason: cancelled by its rule's event, or its step rolled back (000). */
    WITHDRAWN,
    /** The work that met it no longer counts: open again. */
    REOPENED,
    /** Withdrawn, then due after all. */
    REINSTATED,
    /** Due on another day because what it counts from moved (a visit re-dated, a priority set again). */
    RESCHEDULED,
    /** A manager gave it a later due date, saying why. */
    EXTENDED,
    /** Counted again under a new release of the rules and calendar. */
    RECOMPUTED,
    /** Found past its due date unmet. */
    BREACHED,
    /** One escalation step its rule names was taken. */
    ESCALATED
}
