package io.casework.approvals.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApproverRoutingTest {

    private static final ManagementLine NORTH =
            ManagementLine.of("north", "north.pm", "north.tm", "senior.manager", "head.of.service");

    @Test
    @DisplayName("004 statutory visits: \"Notify your PM so that managerial oversight and comments can be added\" "
            + "- a worker's statutory visit note goes to their team's practice manager")
    void statutoryVisitGoesToThePracticeManager() {
        assertThat(ApproverRouting.route(NORTH, ManagementRole.PRACTICE_MANAGER, "north.sw1")).isEqualTo("north.pm");
    }

    @Test
    @DisplayName("a practice manager's own note is never routed to themselves: it goes to their team manager")
    void practiceManagersOwnNoteGoesUpTheLine() {
        assertThat(ApproverRouting.route(NORTH, ManagementRole.PRACTICE_MANAGER, "north.pm")).isEqualTo("north.tm");
    }

    @Test
    @DisplayName("a team manager's note does not go down to their practice manager but up to the senior manager")
    void teamManagersNoteGoesAboveThem() {
        assertThat(ApproverRouting.route(NORTH, ManagementRole.PRACTICE_MANAGER, "north.tm"))
                .isEqualTo("senior.manager");
    }

    @Test
    @DisplayName("a vacant practice manager post passes the request to the team manager")
    void vacantPostPassesUp() {
        ManagementLine noPm = ManagementLine.of("north", null, "north.tm", "senior.manager", "head.of.service");
        assertThat(ApproverRouting.route(noPm, ManagementRole.PRACTICE_MANAGER, "north.sw1")).isEqualTo("north.tm");
    }

    @Test
    @DisplayName("000 roll-backs: \"only be authorised by a Head of Service or higher\" - never by a lower post")
    void headOfServiceDecisionsSkipLowerPosts() {
        assertThat(ApproverRouting.route(NORTH, ManagementRole.HEAD_OF_SERVICE, "north.sw1"))
                .isEqualTo("head.of.service");
        ManagementLine noHead = ManagementLine.of("north", "north.pm", "north.tm", "senior.manager", null);
        assertThatThrownBy(() -> ApproverRouting.route(noHead, ManagementRole.HEAD_OF_SERVICE, "north.sw1"))
                .isInstanceOf(NoApproverException.class);
    }

    @Test
    @DisplayName("a team with every post vacant has no approver, and the reason names the team")
    void noApproverNamesTheTeam() {
        ManagementLine empty = ManagementLine.of("east", null, null, null, null);
        assertThatThrownBy(() -> ApproverRouting.route(empty, ManagementRole.PRACTICE_MANAGER, "east.sw1"))
                .isInstanceOf(NoApproverException.class)
                .hasMessageContaining("no approver configured for team 'east'");
    }

    @Test
    @DisplayName("issue 17: a request moved on from the practice manager goes up to the team manager, never sideways "
            + "to another practice manager or down")
    void movesUpFromThePostItWasWith() {
        ManagementLine newPm = ManagementLine.of("north", "new.pm", "north.tm", "senior.manager", "head.of.service");
        assertThat(ApproverRouting.routeAbove(newPm, ManagementRole.PRACTICE_MANAGER, "north.sw1")).contains("north.tm");
        assertThat(ApproverRouting.routeAbove(NORTH, ManagementRole.TEAM_MANAGER, "north.sw1"))
                .contains("senior.manager");
    }

    @Test
    @DisplayName("issue 17: moving up skips vacant posts and the requester, and finds nobody above the head of service")
    void movesUpPastVacanciesAndTheRequester() {
        ManagementLine noTm = ManagementLine.of("north", "north.pm", null, "senior.manager", "head.of.service");
        assertThat(ApproverRouting.routeAbove(noTm, ManagementRole.PRACTICE_MANAGER, "north.sw1"))
                .contains("senior.manager");
        assertThat(ApproverRouting.routeAbove(NORTH, ManagementRole.TEAM_MANAGER, "senior.manager"))
                .contains("head.of.service");
        assertThat(ApproverRouting.routeAbove(NORTH, ManagementRole.HEAD_OF_SERVICE, "north.sw1")).isEmpty();
    }
}
