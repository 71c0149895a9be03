package io.casework.visits.domain;

import io.casework.contracts.PlanType;
import org.junit.jupiter.api.DisplayName;

import java.time.LocalDate;
import java.util.Optional;

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

    @Test
    @DisplayName("004 KIT visits: a care leaver is kept in touch with every 2 months, not on the statutory visit schedule")
    void careLeaversAndEarlyHelpHaveNoStatutoryVisits() {
        assertThat(StatutoryVisitRule.hasStatutoryVisits(PlanType.CARE_LEAVER)).isFalse();
        assertThat(StatutoryVisitRule.hasStatutoryVisits(PlanType.EARLY_HELP)).isFalse();
        assertThat(StatutoryVisitRule.hasStatutoryVisits(PlanType.CIN)).isTrue();
        assertThat(StatutoryVisitRule.hasStatutoryVisits(PlanType.CP)).isTrue();
        assertThat(StatutoryVisitRule.hasStatutoryVisits(PlanType.CLA)).isTrue();
    }

    @Test
    @DisplayName("A visit not later than the last one counted cannot move the schedule back")
    void olderVisitDoesNotMoveTheSchedule() {
        LocalDate last = LocalDate.of(2027, 1, 12);
        assertThat(StatutoryVisitRule.movesSchedule(LocalDate.of(2027, 1, 5), Optional.of(last))).isFalse();
        assertThat(StatutoryVisitRule.movesSchedule(last, Optional.of(last))).isFalse();
        assertThat(StatutoryVisitRule.movesSchedule(LocalDate.of(2027, 1, 13), Optional.of(last))).isTrue();
        assertThat(StatutoryVisitRule.movesSchedule(LocalDate.of(2027, 1, 5), Optional.empty())).isTrue();
    }
}
