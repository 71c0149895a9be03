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
    @DisplayName("each kind of deadline names the timescale rule it runs under")
    void kindsNameTheirRules() {
        assertThat(DeadlineKind.STATUTORY_VISIT.ruleId()).isEqualTo("statutory-visit-frequency");
        assertThat(DeadlineKind.MANAGEMENT_OVERSIGHT.ruleId()).isEqualTo("statutory-visit-oversight");
    }
}
