package io.casework.casenotes.domain;

/**
 * Which statutory visit a STATUTORY_VISIT note records, as 003 s.5b heads them (Statutory Visit Child Protection,
 * Looked After, Private Fostering, Child in Need Visit) and 004 names the child in need one.
 */
public enum StatutoryVisitKind {
    CP,
    CLA,
    CIN,
    PRIVATE_FOSTERING;

    /** 003 s.5b g: "If the child is on a child protection plan or looked after their bedroom should be seen". */
    public boolean bedroomSeenRecorded() {
        return this == CP || this == CLA;
    }
}
