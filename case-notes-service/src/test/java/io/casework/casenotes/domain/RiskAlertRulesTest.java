package io.casework.casenotes.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RiskAlertRulesTest {

    @Nested
    @DisplayName("001 \"Risk Alerts\": \"reviewed by a Head of Service within six months of being recorded and at least "
            + "six monthly thereafter\" (the due date itself is deadlines-service's, under the authority's rule)")
    class ReviewDue {

        @Test
        @DisplayName("an active alert is overdue the day after its due date, not on it; a pending, refused or ended "
                + "one never is")
        void overdue() {
            LocalDate due = LocalDate.of(2027, 4, 16);
            assertThat(RiskAlertRules.reviewOverdue(RiskAlertState.ACTIVE, due, due)).isFalse();
            assertThat(RiskAlertRules.reviewOverdue(RiskAlertState.ACTIVE, due, due.plusDays(1))).isTrue();
            assertThat(RiskAlertRules.reviewOverdue(RiskAlertState.ENDED, due, due.plusDays(1))).isFalse();
            assertThat(RiskAlertRules.reviewOverdue(RiskAlertState.PENDING, null, due.plusDays(1))).isFalse();
            assertThat(RiskAlertRules.reviewOverdue(RiskAlertState.REFUSED, null, due.plusDays(1))).isFalse();
        }
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": \"the date the risk alert started or was first known about\" is today or "
            + "before, never after")
    void startedOn() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(RiskAlertRules.startedOnRefusal(today, today)).isEmpty();
        assertThat(RiskAlertRules.startedOnRefusal(today.minusYears(3), today)).isEmpty();
        assertThat(RiskAlertRules.startedOnRefusal(today.plusDays(1), today)).isPresent();
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": only an ACTIVE alert is reviewed")
    void onlyActiveReviewed() {
        assertThat(RiskAlertRules.reviewRefusal(RiskAlertState.ACTIVE)).isEmpty();
        assertThat(RiskAlertRules.reviewRefusal(RiskAlertState.PENDING)).isPresent();
        assertThat(RiskAlertRules.reviewRefusal(RiskAlertState.REFUSED)).isPresent();
        assertThat(RiskAlertRules.reviewRefusal(RiskAlertState.ENDED)).isPresent();
    }
}
