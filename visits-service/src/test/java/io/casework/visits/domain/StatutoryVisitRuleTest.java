package io.casework.visits.domain;

import io.casework.contracts.PlanType;
import io.casework.contracts.VisitKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryVisitRuleTest {

    static VisitFacts visit(boolean childSeen, boolean statutory, boolean unborn) {
        return new VisitFacts(1, LocalDate.of(2027, 1, 5), childSeen, childSeen ? Boolean.TRUE : null, statutory,
                statutory ? "CP" : null, unborn, null, null, null, null, null);
    }

    @Test
    @DisplayName("003 s.5b: if the child is not seen it cannot be a statutory visit for that child, even if recorded as one")
    void childNotSeenIsNeverStatutory() {
        assertThat(StatutoryVisitRule.meetsStatutoryVisit(visit(false, true, false))).isFalse();
        assertThat(StatutoryVisitRule.meetsStatutoryVisit(visit(false, false, false))).isFalse();
    }

    @Test
    @DisplayName("004 failed visits: a failed visit is recorded as a visit, not a stat visit, and starts failed access")
    void failedVisitIsNotStatutory() {
        assertThat(StatutoryVisitRule.meetsStatutoryVisit(visit(true, false, false))).isFalse();
        assertThat(StatutoryVisitRule.failed(visit(false, false, false))).isTrue();
        assertThat(StatutoryVisitRule.failed(visit(true, false, false))).isFalse();
    }

    @Test
    @DisplayName("A statutory visit where the child was seen meets the statutory visit")
    void seenStatutoryVisit() {
        assertThat(StatutoryVisitRule.meetsStatutoryVisit(visit(true, true, false))).isTrue();
    }

    @Test
    @DisplayName("002 s.6: an unborn child is never 'seen'; the statutory visit to the mother is theirs, and is no "
            + "failed visit")
    void unbornChild() {
        assertThat(StatutoryVisitRule.meetsStatutoryVisit(visit(false, true, true))).isTrue();
        assertThat(StatutoryVisitRule.failed(visit(false, false, true))).isFalse();
    }

    @Test
    @DisplayName("004 KIT visits: a care leaver is owed KIT contacts; early help has no visits")
    void visitKindsByPlanType() {
        assertThat(StatutoryVisitRule.kindFor(PlanType.CARE_LEAVER)).contains(VisitKind.CARE_LEAVER_KIT);
        assertThat(StatutoryVisitRule.kindFor(PlanType.EARLY_HELP)).isEmpty();
        assertThat(StatutoryVisitRule.kindFor(PlanType.CIN)).contains(VisitKind.CIN);
        assertThat(StatutoryVisitRule.kindFor(PlanType.CP)).contains(VisitKind.CP);
        assertThat(StatutoryVisitRule.kindFor(PlanType.CLA)).contains(VisitKind.CLA);
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
