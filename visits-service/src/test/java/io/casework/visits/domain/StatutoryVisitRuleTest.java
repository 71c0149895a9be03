package io.casework.visits.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryVisitRuleTest {

    @Test
    @DisplayName("003 s.5b: if the child is not seen it cannot be a statutory visit for that child, even if recorded as one")
    void childNotSeenIsNeverStatutory() {
        assertThat(StatutoryVisitRule.meetsStatutoryVisit(false, true)).isFalse();
        assertThat(StatutoryVisitRule.meetsStatutoryVisit(false, false)).isFalse();
    }

    @Test
    @DisplayName("004 failed visits: a failed visit is recorded as a visit, not a stat visit")
    void failedVisitIsNotStatutory() {
        assertThat(StatutoryVisitRule.meetsStatutoryVisit(true, false)).isFalse();
    }

    @Test
    @DisplayName("A statutory visit where the child was seen meets the statutory visit")
    void seenStatutoryVisit() {
        assertThat(StatutoryVisitRule.meetsStatutoryVisit(true, true)).isTrue();
    }
}
