package io.casework.backbone.access;

import io.casework.contracts.Post;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeamViewRightsTest {

    private static StaffMember member(Post post, String team, String area) {
        return new StaffMember("someone", "Some One", post, team, area, null);
    }

    @Nested
    @DisplayName("a team's worktray")
    class Team {

        @Test
        @DisplayName("ACCESS-RULES team-line: the team's practice manager and team manager, not another team's")
        void teamLine() {
            assertThat(TeamViewRights.mayOpenTeam(member(Post.PRACTICE_MANAGER, "north", "sa-1"), "north", "sa-1"))
                    .isTrue();
            assertThat(TeamViewRights.mayOpenTeam(member(Post.TEAM_MANAGER, "north", "sa-1"), "north", "sa-1"))
                    .isTrue();
            assertThat(TeamViewRights.mayOpenTeam(member(Post.TEAM_MANAGER, "south", "sa-1"), "north", "sa-1"))
                    .isFalse();
        }

        @Test
        @DisplayName("ACCESS-RULES area-line: the senior manager and head of service of the team's area only")
        void areaLine() {
            assertThat(TeamViewRights.mayOpenTeam(member(Post.HEAD_OF_SERVICE, null, "sa-1"), "north", "sa-1"))
                    .isTrue();
            assertThat(TeamViewRights.mayOpenTeam(member(Post.SENIOR_MANAGER, null, "sa-1"), "north", "sa-1"))
                    .isTrue();
            assertThat(TeamViewRights.mayOpenTeam(member(Post.HEAD_OF_SERVICE, null, "sa-2"), "north", "sa-1"))
                    .isFalse();
        }

        @Test
        @DisplayName("ACCESS-RULES team: the team's workers and senior practitioners, and IROs, are not its managers")
        void notManagers() {
            assertThat(TeamViewRights.mayOpenTeam(member(Post.SOCIAL_WORKER, "north", "sa-1"), "north", "sa-1"))
                    .isFalse();
            assertThat(TeamViewRights.mayOpenTeam(member(Post.SENIOR_PRACTITIONER, "north", "sa-1"), "north",
                    "sa-1")).isFalse();
            assertThat(TeamViewRights.mayOpenTeam(member(Post.IRO, null, null), "north", "sa-1")).isFalse();
            assertThat(TeamViewRights.mayOpenTeam(member(Post.ADOPTION_TEAM_MANAGER, null, null), "north", null))
                    .isFalse();
        }
    }

    @Test
    @DisplayName("a service area's worktray: its area-line only, not a team manager in it")
    void serviceArea() {
        assertThat(TeamViewRights.mayOpenServiceArea(member(Post.SENIOR_MANAGER, null, "sa-1"), "sa-1")).isTrue();
        assertThat(TeamViewRights.mayOpenServiceArea(member(Post.TEAM_MANAGER, "north", "sa-1"), "sa-1")).isFalse();
        assertThat(TeamViewRights.mayOpenServiceArea(member(Post.HEAD_OF_SERVICE, null, "sa-2"), "sa-1")).isFalse();
    }
}
