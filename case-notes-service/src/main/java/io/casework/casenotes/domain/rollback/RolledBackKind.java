package io.casework.casenotes.domain.rollback;

/** What kind of item a roll-back moved out of the current record (000). */
public enum RolledBackKind {
    /** A step of the case pathway; it is re-added with its entries. */
    PATHWAY_STEP,
    /** An entry (an act) of a pathway step that moved. */
    PATHWAY_STEP_ENTRY
}
