package io.casework.backbone.access;

/** Whether a child's record is restricted, and how (DOMAIN.md rule 9; 001 "Restricted Records"). */
public enum Restriction {
    NONE,
    /** An adoption record: its own list of who may see it. */
    ADOPTION,
    /** Any other restricted record. */
    RESTRICTED
}
