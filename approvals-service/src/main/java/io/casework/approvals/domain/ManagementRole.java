package io.casework.approvals.domain;

import io.casework.contracts.Post;

import java.util.Optional;

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

    /** The post on a management line a member's organisation post is, if it is one (a social worker's is not). */
    public static Optional<ManagementRole> of(Post post) {
        return switch (post) {
            case PRACTICE_MANAGER -> Optional.of(PRACTICE_MANAGER);
            case TEAM_MANAGER -> Optional.of(TEAM_MANAGER);
            case SENIOR_MANAGER -> Optional.of(SENIOR_MANAGER);
            case HEAD_OF_SERVICE -> Optional.of(HEAD_OF_SERVICE);
            default -> Optional.empty();
        };
    }

    public boolean isAbove(ManagementRole other) {
        return compareTo(other) > 0;
    }
}
