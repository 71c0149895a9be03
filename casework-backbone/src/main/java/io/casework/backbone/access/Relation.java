package io.casework.backbone.access;

/** The caller's relation to a child, as ACCESS-RULES.md defines them; the access table is read by relation. */
public enum Relation {
    /** The child's allocated worker. */
    ALLOCATED("allocated"),
    /** Supervises the allocated worker. */
    SUPERVISOR("supervisor"),
    /** Another social worker or senior practitioner of the child's team. */
    TEAM("team"),
    /** The practice manager or team manager of the child's team. */
    TEAM_LINE("team-line"),
    /** The senior manager or head of service of the child's service area. */
    AREA_LINE("area-line"),
    /** Anyone in another team of the same service area. */
    AREA("area"),
    /** Anyone whose posts are all in another service area, managers included. */
    OTHER_AREA("other-area"),
    /** An IRO assigned to review this child. */
    IRO_ASSIGNED("iro-assigned"),
    /** Any other IRO. */
    IRO_OTHER("iro-other"),
    /** The adoption team manager, for a child with a plan for adoption. */
    ADOPTION("adoption"),
    /** Holds no post in the organisation model (left, never joined, or a system administrator): sees nothing. */
    NONE("none");

    private final String wire;

    Relation(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
