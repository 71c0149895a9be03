package io.casework.approvals.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 001 "Restricted Records", DOMAIN.md rule 9: who a step about a restricted child goes to. */
class RestrictedRecordRoutingTest {

    private static final ManagementLine NORTH = ManagementLine.of("north", "north.pm", "north.tm", "senior.manager",
            "head.of.service");

    @Test
    @DisplayName("001 \"Restricted Records\": a decision routed to someone off the list goes to the team manager")
    void offTheListGoesToTheTeamManager() {
        assertThat(RestrictedRecordRouting.reroute("north.pm", true, NORTH, "north.sw1")).isEqualTo("north.tm");
        assertThat(RestrictedRecordRouting.reroute("senior.manager", true, NORTH, "north.pm")).isEqualTo("north.tm");
    }

    @Test
    @DisplayName("001 \"Restricted Records\": someone on the list (or any child not restricted) keeps the request")
    void onTheListKeepsIt() {
        assertThat(RestrictedRecordRouting.reroute("north.pm", false, NORTH, "north.sw1")).isEqualTo("north.pm");
    }

    @Test
    @DisplayName("DOMAIN.md rule 20: the team manager's own request, or a vacant team manager's post, leaves the "
            + "request where the line put it rather than with nobody")
    void noTeamManagerToTakeIt() {
        assertThat(RestrictedRecordRouting.reroute("senior.manager", true, NORTH, "north.tm"))
                .isEqualTo("senior.manager");
        ManagementLine vacant = ManagementLine.of("north", "north.pm", null, "senior.manager", "head.of.service");
        assertThat(RestrictedRecordRouting.reroute("north.pm", true, vacant, "north.sw1")).isEqualTo("north.pm");
    }

    @Test
    @DisplayName("ACCESS-RULES \"Restricted child\": the manager for the area is the senior manager, or the head of "
            + "service when that post is vacant")
    void managerForTheArea() {
        assertThat(RestrictedRecordRouting.managerForArea(NORTH)).contains("senior.manager");
        assertThat(RestrictedRecordRouting.managerForArea(ManagementLine.of("north", "north.pm", "north.tm", null,
                "head.of.service"))).contains("head.of.service");
        assertThat(RestrictedRecordRouting.managerForArea(ManagementLine.of("north", "north.pm", "north.tm", null,
                null))).isEmpty();
    }
}
