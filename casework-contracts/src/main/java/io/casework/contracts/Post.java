package io.casework.contracts;

/**
 * A post a member of staff holds in the organisation model (approvals-service owns it; ACCESS-RULES.md). Events carry
 * it as text, restricted by the schemas to these names. What each post may do with a child's record follows from the
 * post and the person's place in the model, never from a token claim.
 */
public enum Post {
    SOCIAL_WORKER(Scope.TEAM, true),
    SENIOR_PRACTITIONER(Scope.TEAM, true),
    PRACTICE_MANAGER(Scope.TEAM, false),
    TEAM_MANAGER(Scope.TEAM, false),
    SENIOR_MANAGER(Scope.SERVICE_AREA, false),
    HEAD_OF_SERVICE(Scope.SERVICE_AREA, false),
    /** An independent reviewing officer: reviews the children assigned to them, wherever their team is. */
    IRO(Scope.AUTHORITY, false),
    /** Sees the records of children with a plan for adoption, wherever their team is (ACCESS-RULES "adoption"). */
    ADOPTION_TEAM_MANAGER(Scope.AUTHORITY, false);

    /** Where a post sits: in one team, over one service area, or across the authority (no team, no area). */
    public enum Scope { TEAM, SERVICE_AREA, AUTHORITY }

    private final Scope scope;
    private final boolean holdsCases;

    Post(Scope scope, boolean holdsCases) {
        this.scope = scope;
        this.holdsCases = holdsCases;
    }

    public Scope scope() {
        return scope;
    }

    /** Whether a child can be allocated to the holder: the case-holding practitioners of a team. */
    public boolean holdsCases() {
        return holdsCases;
    }

    /** The practice manager and team manager of a team: its management line (ACCESS-RULES "team-line"). */
    public boolean isTeamLine() {
        return this == PRACTICE_MANAGER || this == TEAM_MANAGER;
    }

    /** The senior manager and head of service of a service area (ACCESS-RULES "area-line"). */
    public boolean isAreaLine() {
        return this == SENIOR_MANAGER || this == HEAD_OF_SERVICE;
    }
}
