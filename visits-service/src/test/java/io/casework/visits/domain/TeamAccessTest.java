package io.casework.visits.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeamAccessTest {

    @Test
    @DisplayName("Staff see the children of their own team only")
    void ownTeamOnly() {
        assertThat(TeamAccess.maySee(false, "north", "north")).isTrue();
        assertThat(TeamAccess.maySee(false, "south", "north")).isFalse();
    }

    @Test
    @DisplayName("A caller without a team sees no team's children")
    void noTeam() {
        assertThat(TeamAccess.maySee(false, "", "north")).isFalse();
        assertThat(TeamAccess.maySee(false, null, "north")).isFalse();
    }

    @Test
    @DisplayName("Those responsible for every team see every child")
    void everyTeam() {
        assertThat(TeamAccess.maySee(true, "childrens-services", "north")).isTrue();
    }
}
