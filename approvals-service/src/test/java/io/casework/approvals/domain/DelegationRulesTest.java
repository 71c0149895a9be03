package io.casework.approvals.domain;

import io.casework.backbone.problem.Problems.FieldViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DelegationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    @DisplayName("issue 17: the absent approver, their supervisor or an administrator records who acts for them; "
            + "nobody else")
    void whoMayRecord() {
        assertThat(DelegationRules.refusalToRecord("north.pm", "north.pm", "north.tm", false)).isEmpty();
        assertThat(DelegationRules.refusalToRecord("north.tm", "north.pm", "north.tm", false)).isEmpty();
        assertThat(DelegationRules.refusalToRecord("admin", "north.pm", "north.tm", true)).isEmpty();
        assertThat(DelegationRules.refusalToRecord("north.sw1", "north.pm", "north.tm", false)).isPresent();
    }

    @Test
    @DisplayName("issue 17: a delegation is time-bound: it ends after it starts, in the future, within 92 days")
    void timeBound() {
        assertThat(DelegationRules.problems("north.pm", "south.pm", true, NOW, NOW.plus(Duration.ofDays(14)), NOW))
                .isEmpty();
        assertThat(fields(DelegationRules.problems("north.pm", "south.pm", true, NOW, NOW, NOW)))
                .containsExactly("endsAt", "endsAt");
        assertThat(fields(DelegationRules.problems("north.pm", "south.pm", true, NOW, NOW.plus(Duration.ofDays(93)),
                NOW))).containsExactly("endsAt");
        assertThat(fields(DelegationRules.problems("north.pm", "south.pm", true, NOW.minus(Duration.ofDays(9)),
                NOW.minus(Duration.ofDays(2)), NOW))).containsExactly("endsAt");
    }

    @Test
    @DisplayName("issue 17: nobody delegates to themselves, and someone who decides nothing has nothing to delegate")
    void peopleHoldTogether() {
        assertThat(fields(DelegationRules.problems("north.pm", "north.pm", true, NOW, NOW.plus(Duration.ofDays(1)),
                NOW))).containsExactly("delegate");
        assertThat(fields(DelegationRules.problems("north.sw1", "north.sw2", false, NOW,
                NOW.plus(Duration.ofDays(1)), NOW))).containsExactly("delegator");
    }

    private static java.util.List<String> fields(java.util.List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }
}
