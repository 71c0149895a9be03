package io.casework.visits.domain;

/**
 * The plan a child is on, which decides how often they must be visited. The same five values as the
 * {@code planType} of the case-notes events' schemas.
 */
public enum PlanType {
    /** Child in need plan. */
    CIN,
    /** Child protection plan. */
    CP,
    /** Child looked after (in care). */
    CLA,
    /** Care leaver, 16 to 25, after care. */
    CARE_LEAVER,
    /** Early help. */
    EARLY_HELP
}
