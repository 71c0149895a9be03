package io.casework.deadlines.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTest {

    @Test
    @DisplayName("002 s.5: staff see their own team's deadlines only")
    void ownTeamOnly() {
        Viewer worker = new Viewer("north.sw1", "north", Set.of("social-worker"));
        assertThat(worker.maySee("north")).isTrue();
        assertThat(worker.maySee("south")).isFalse();
        assertThat(worker.seesEveryTeam()).isFalse();
    }

    @Test
    @DisplayName("senior managers and heads of service see every team's deadlines")
    void seniorsSeeAll() {
        assertThat(new Viewer("senior.manager", "service-area-1", Set.of("senior-manager")).maySee("south")).isTrue();
        assertThat(new Viewer("head.of.service", "childrens-services", Set.of("head-of-service")).maySee("north"))
                .isTrue();
    }

    @Test
    @DisplayName("a caller whose token names no team sees no team's deadlines")
    void noTeamNoDeadlines() {
        assertThat(new Viewer("someone", "", Set.of("social-worker")).maySee("")).isFalse();
    }

    @Test
    @DisplayName("004: practice and team managers oversee their team's statutory visit notes; workers do not")
    void managersOversee() {
        assertThat(new Viewer("north.pm", "north", Set.of("practice-manager")).overseesTeam()).isTrue();
        assertThat(new Viewer("north.tm", "north", Set.of("team-manager")).overseesTeam()).isTrue();
        assertThat(new Viewer("north.sw1", "north", Set.of("social-worker")).overseesTeam()).isFalse();
        assertThat(new Viewer("north.sp", "north", Set.of("senior-practitioner")).overseesTeam()).isFalse();
    }
}
