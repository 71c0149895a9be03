package io.casework.casenotes.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RiskAlertRulesTest {

    @Nested
    @DisplayName("001 \"Risk Alerts\": \"reviewed by a Head of Service within six months of being recorded and at least "
            + "six monthly thereafter\"")
    class ReviewDue {

        @Test
        @DisplayName("an alert approved on 16 October 2026 is due its review by 16 April 2027")
        void sixMonthsAfterRecording() {
            assertThat(RiskAlertRules.reviewDue(LocalDate.of(2026, 10, 16))).isEqualTo(LocalDate.of(2027, 4, 16));
        }

        @Test
        @DisplayName("an alert recorded on 31 August is due by the last day of February (2027: the 28th; 2028: the "
                + "29th)")
        void monthWithoutThatDay() {
            assertThat(RiskAlertRules.reviewDue(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(RiskAlertRules.reviewDue(LocalDate.of(2027, 8, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        }

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

        @Test
        @DisplayName("a breach is announced once per due date: not again for the same date, again for a later one "
                + "that also passed")
        void announcedOncePerDueDate() {
            LocalDate due = LocalDate.of(2027, 4, 16);
            LocalDate later = LocalDate.of(2027, 10, 1);
            assertThat(RiskAlertRules.overdueToAnnounce(RiskAlertState.ACTIVE, due, null, later)).isTrue();
            assertThat(RiskAlertRules.overdueToAnnounce(RiskAlertState.ACTIVE, due, due, later)).isFalse();
            assertThat(RiskAlertRules.overdueToAnnounce(RiskAlertState.ACTIVE, LocalDate.of(2027, 9, 1), due,
                    later)).isTrue();
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
