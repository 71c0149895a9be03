package io.casework.backbone.access;

import io.casework.contracts.Post;

/** How each post is named to people: on the access log and in refusals. */
public final class Posts {

    private Posts() {
    }

    public static String title(Post post) {
        return switch (post) {
            case SOCIAL_WORKER -> "Social Worker";
            case SENIOR_PRACTITIONER -> "Senior Practitioner";
            case PRACTICE_MANAGER -> "Practice Manager";
            case TEAM_MANAGER -> "Team Manager";
            case SENIOR_MANAGER -> "Senior Manager";
            case HEAD_OF_SERVICE -> "Head of Service";
            case IRO -> "Independent Reviewing Officer";
            case ADOPTION_TEAM_MANAGER -> "Adoption Team Manager";
        };
    }
}
