package io.casework.backbone.access;

/**
 * Whether a child's record is restricted, and how (DOMAIN.md rule 9; 001 "Restricted Records"): decided by the head of
 * service of the child's service area. Events and the API carry it as text, these names.
 */
public enum Restriction {
    NONE,
    /** An adoption record: its own list of who may see it. */
    ADOPTION,
    /** Any other restricted record (a child of a member of staff, for instance). */
    OTHER
}
