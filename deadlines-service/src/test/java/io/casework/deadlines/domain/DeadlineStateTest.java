package io.casework.deadlines.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineStateTest {

    @Test
    @DisplayName("an open deadline is met")
    void openIsMet() {
        assertThat(DeadlineState.OPEN.meet()).isEqualTo(DeadlineState.MET);
    }

    @Test
    @DisplayName("a met deadline cannot be met again")
    void metIsFinal() {
        assertThatThrownBy(DeadlineState.MET::meet)
                .isInstanceOf(DeadlineState.IllegalDeadlineTransition.class)
                .hasMessageContaining("MET to MET");
    }

    @Test
    @DisplayName("003 s.5b: only an open deadline is withdrawn, only a met one reopened, only a withdrawn one reinstated")
    void correctionTransitions() {
        assertThat(DeadlineState.OPEN.withdraw()).isEqualTo(DeadlineState.WITHDRAWN);
        assertThat(DeadlineState.MET.reopen()).isEqualTo(DeadlineState.OPEN);
        assertThat(DeadlineState.WITHDRAWN.reinstate()).isEqualTo(DeadlineState.OPEN);
        assertThatThrownBy(DeadlineState.MET::withdraw).hasMessageContaining("MET to WITHDRAWN");
        assertThatThrownBy(DeadlineState.OPEN::reopen).hasMessageContaining("OPEN to OPEN");
        assertThatThrownBy(DeadlineState.WITHDRAWN::meet).hasMessageContaining("WITHDRAWN to MET");
    }

    @Test
    @DisplayName("each kind of deadline names the timescale rule it runs under")
    void kindsNameTheirRules() {
        assertThat(DeadlineKind.STATUTORY_VISIT.ruleId()).isEqualTo("statutory-visit-frequency");
        assertThat(DeadlineKind.MANAGEMENT_OVERSIGHT.ruleId()).isEqualTo("statutory-visit-oversight");
    }
}
