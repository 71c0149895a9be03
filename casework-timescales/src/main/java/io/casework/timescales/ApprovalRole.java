package io.casework.timescales;

/**
 * Who takes part in a decision that needs a manager: the four management posts that may decide one, and the
 * requester's own line manager, who may be asked to comment on the way (000: a worker "should speak to their
 * line-manager" before a roll-back goes to the head of service). Roles, not people: the organisation model names the
 * person when the request is made, so a catalogue stays true when staff change.
 */
public enum ApprovalRole {
    /** The first-line manager of the child's team (DOMAIN: "PM practice manager (first-line manager)"). */
    PRACTICE_MANAGER,
    /** The manager of the child's team, above its practice managers. */
    TEAM_MANAGER,
    /** A manager over the team's service area. */
    SENIOR_MANAGER,
    /** The head of the service area: roll-backs, risk alerts and restricted records (000, 001). */
    HEAD_OF_SERVICE,
    /** The requester's own line manager, whatever their post: comments, never decides. */
    LINE_MANAGER;

    /** Whether the role is a post on a management line, and so may decide: every role but the line manager. */
    public boolean isPost() {
        return this != LINE_MANAGER;
    }

    /** Whether the post is over a service area rather than in a team (ACCESS-RULES "area-line"). */
    public boolean isAreaPost() {
        return this == SENIOR_MANAGER || this == HEAD_OF_SERVICE;
    }
}
