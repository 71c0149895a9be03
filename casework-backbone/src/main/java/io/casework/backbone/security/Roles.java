package io.casework.backbone.security;

/** The realm roles of the {@code casework} Keycloak realm. */
public final class Roles {

    public static final String SOCIAL_WORKER = "social-worker";
    public static final String SENIOR_PRACTITIONER = "senior-practitioner";
    public static final String PRACTICE_MANAGER = "practice-manager";
    public static final String TEAM_MANAGER = "team-manager";
    public static final String SENIOR_MANAGER = "senior-manager";
    public static final String HEAD_OF_SERVICE = "head-of-service";
    public static final String IRO = "iro";
    public static final String ADOPTION_TEAM_MANAGER = "adoption-team-manager";
    /** Runs the system: the organisation's set-up and the verification of every record; sees no child's record. */
    public static final String ADMINISTRATOR = "administrator";

    private Roles() {
    }
}
