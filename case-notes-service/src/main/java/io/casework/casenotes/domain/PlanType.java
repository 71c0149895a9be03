package io.casework.casenotes.domain;

/** The plan a child is on, which sets visit standards and who may see the record. */
public enum PlanType {
    /** Child in need (Children Act 1989 s.17). */
    CIN,
    /** Child protection plan. */
    CP,
    /** Child looked after (in care). */
    CLA,
    /** Care leaver, 16 to 25. */
    CARE_LEAVER,
    /** Early help, outside statutory social work. */
    EARLY_HELP;

    /** 003 s.5b: whether the child's bedroom was seen is recorded for CP and CLA visits. */
    public boolean bedroomSeenRecorded() {
        return this == CP || this == CLA;
    }
}
