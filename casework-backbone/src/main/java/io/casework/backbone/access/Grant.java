package io.casework.backbone.access;

/** A cell of the access table: Y, P (only with a stated purpose) or N. */
public enum Grant {
    YES,
    WITH_PURPOSE,
    NO;

    /** The more generous of two grants: a person with two relations to a child gets the better of them. */
    Grant or(Grant other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
