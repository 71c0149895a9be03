package io.casework.casenotes.domain;

import io.casework.contracts.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.casework.casenotes.domain.AccessDecision.Outcome.ALLOWED;
import static io.casework.casenotes.domain.AccessDecision.Outcome.ALLOWED_WITH_PURPOSE;
import static io.casework.casenotes.domain.AccessDecision.Outcome.PURPOSE_REQUIRED;
import static io.casework.casenotes.domain.AccessDecision.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTest {

    private static final AccessPolicy.ChildFacts NORTH_CP = new AccessPolicy.ChildFacts("north", "north.sw1",
            PlanType.CP);

    private static AccessDecision.Outcome decide(String user, String team, String role, String purpose,
                                                 boolean write) {
        return AccessPolicy.decide(new AccessRequest(user, team, Set.of(role), purpose, write), NORTH_CP).outcome();
    }

    @Test
    @DisplayName("DOMAIN 9 / 002 s.5: the allocated worker sees and writes their caseload")
    void allocatedWorker() {
        assertThat(decide("north.sw1", "north", "social-worker", null, true)).isEqualTo(ALLOWED);
    }

    @Test
    @DisplayName("DOMAIN 9: the team's managers see records in their management line")
    void managementLine() {
        assertThat(decide("north.pm", "north", "practice-manager", null, false)).isEqualTo(ALLOWED);
        assertThat(decide("north.tm", "north", "team-manager", null, true)).isEqualTo(ALLOWED);
        assertThat(decide("south.pm", "south", "practice-manager", null, false)).isEqualTo(REFUSED);
    }

    @Test
    @DisplayName("002 s.5: outside the caseload a same-team read needs a purpose, which is logged")
    void sameTeamNeedsPurpose() {
        assertThat(decide("north.sw2", "north", "social-worker", null, false)).isEqualTo(PURPOSE_REQUIRED);
        assertThat(decide("north.sw2", "north", "social-worker", "  ", false)).isEqualTo(PURPOSE_REQUIRED);
        assertThat(decide("north.sw2", "north", "social-worker", "Duty cover", false))
                .isEqualTo(ALLOWED_WITH_PURPOSE);
        assertThat(decide("north.sw2", "north", "social-worker", "Duty cover", true)).isEqualTo(REFUSED);
    }

    @Test
    @DisplayName("DOMAIN 9: another team's worker is refused, purpose or not")
    void otherTeamRefused() {
        assertThat(decide("south.sw1", "south", "social-worker", null, false)).isEqualTo(REFUSED);
        assertThat(decide("south.sw1", "south", "social-worker", "Curious", false)).isEqualTo(REFUSED);
    }

    @Test
    @DisplayName("001 Restricted Records: the IRO reads a looked-after child's record, and no other; head of service sees all")
    void iroAndHeadOfService() {
        var cla = new AccessPolicy.ChildFacts("north", "north.sw1", PlanType.CLA);
        assertThat(AccessPolicy.decide(new AccessRequest("iro.one", "iro-service", Set.of("iro"), null, false), cla)
                .outcome()).isEqualTo(ALLOWED);
        assertThat(AccessPolicy.decide(new AccessRequest("iro.one", "iro-service", Set.of("iro"), null, true), cla)
                .outcome()).isEqualTo(REFUSED);
        assertThat(decide("iro.one", "iro-service", "iro", null, false)).isEqualTo(REFUSED);
        assertThat(decide("head.of.service", "service-area-1", "head-of-service", null, false)).isEqualTo(ALLOWED);
    }
}
