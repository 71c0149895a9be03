package io.casework.visits.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VisitComplianceTest {

    private static final LocalDate DUE = LocalDate.of(2027, 1, 7);

    @Test
    @DisplayName("A visit on or before its due date is on time; a day later is late")
    void onTime() {
        assertThat(VisitCompliance.onTime(LocalDate.of(2027, 1, 5), DUE)).isTrue();
        assertThat(VisitCompliance.onTime(DUE, DUE)).isTrue();
        assertThat(VisitCompliance.onTime(DUE.plusDays(1), DUE)).isFalse();
    }

    @Test
    @DisplayName("A planned visit is overdue only after its due date; a completed one never is")
    void overdue() {
        assertThat(VisitCompliance.overdue(VisitState.PLANNED, DUE, DUE)).isFalse();
        assertThat(VisitCompliance.overdue(VisitState.PLANNED, DUE, DUE.plusDays(1))).isTrue();
        assertThat(VisitCompliance.overdue(VisitState.PLANNED, DUE, DUE.minusDays(3))).isFalse();
        assertThat(VisitCompliance.overdue(VisitState.COMPLETED, DUE, DUE.plusDays(30))).isFalse();
    }
}
