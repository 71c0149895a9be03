package io.casework.contracts;

/**
 * Which visits a child is owed, each at the frequency its authority's rule set gives it. Events carry the name
 * (casework.visits.visit-scheduled, restricted by its schema to these values) and the timescales library's visit
 * frequencies are keyed by it, so the kinds are defined once for the whole suite.
 */
public enum VisitKind {
    /** Statutory visit to a child on a child protection plan. */
    CP,
    /** Statutory visit to a looked-after child (Care Planning, Placement and Case Review (England) Regulations 2010, reg 28). */
    CLA,
    /** Visit to a child in need, as the plan sets. */
    CIN,
    /** Visit to a privately fostered child (Children (Private Arrangements for Fostering) Regulations 2005, reg 8). */
    PRIVATE_FOSTERING,
    /** Keep-in-touch contact with a care leaver (004 "Recording KIT Visits"). */
    CARE_LEAVER_KIT
}
