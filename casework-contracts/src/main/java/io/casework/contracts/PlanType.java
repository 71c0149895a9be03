package io.casework.contracts;

/**
 * The plan a child is on. Events carry it as text, restricted by the schemas to these names; services read it into
 * this one enum, so a plan type is defined once for the whole suite.
 */
public enum PlanType {
    /** Child in need (Children Act 1989 s.17). */
    CIN,
    /** Child protection plan. */
    CP,
    /** Child looked after (in care). */
    CLA,
    /** Care leaver, 16 to 25, after care. */
    CARE_LEAVER,
    /** Early help, outside statutory social work. */
    EARLY_HELP
}
