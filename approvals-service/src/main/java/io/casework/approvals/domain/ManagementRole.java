package io.casework.approvals.domain;

/**
 * The posts on a team's management line, lowest first: a practice manager answers to the team manager, who answers
 * to the senior manager, who answers to the head of service. The order is what "above" means.
 */
public enum ManagementRole {
    PRACTICE_MANAGER("Practice Manager"),
    TEAM_MANAGER("Team Manager"),
    SENIOR_MANAGER("Senior Manager"),
    HEAD_OF_SERVICE("Head of Service");

    private final String title;

    ManagementRole(String title) {
        this.title = title;
    }

    /** The post as the field writes it, e.g. on a decision whose maker's token carries no designation. */
    public String title() {
        return title;
    }

    public boolean isAbove(ManagementRole other) {
        return compareTo(other) > 0;
    }
}
