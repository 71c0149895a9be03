package io.casework.casenotes.domain;

/** Whom information on the record is kept from (002 s.8). */
public enum WithheldFrom {
    CHILD,
    FAMILY,
    CHILD_AND_FAMILY
}
