package io.casework.visits.repository;

import io.casework.contracts.PlanType;
import io.casework.contracts.VisitKind;
import io.casework.visits.domain.ChildNames;
import io.casework.visits.domain.VisitFacts;
import io.casework.visits.domain.VisitIds;
import io.casework.visits.domain.VisitState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The entities are made by their factories and change only by their named transitions. */
class VisitEntitiesTest {

    private static final UUID CHILD = UUID.randomUUID();
    private static final LocalDate START = LocalDate.of(2026, 12, 21);
    private static final LocalDate DUE = LocalDate.of(2027, 1, 7);
    private static final Instant PLANNED_AT = Instant.parse("2026-12-21T09:00:00Z");
    private static final Instant LATER = Instant.parse("2027-01-08T15:00:00Z");

    private static PlannedVisit planned() {
        VisitPlan plan = VisitPlan.begin(VisitIds.plan(CHILD, PlanType.CP), CHILD, PlanType.CP, VisitKind.CP,
                "cp-statutory-visit", null, Map.of(), START, PLANNED_AT);
        return PlannedVisit.schedule(VisitIds.firstVisit(plan.getPlanId()), plan, due(DUE), PLANNED_AT);
    }

    private static RecordedVisit statutoryVisitOn(LocalDate day) {
        return RecordedVisit.record(UUID.randomUUID(), CHILD, facts(1, day, true, true, true), LATER);
    }

    private static PlannedVisit.Due due(LocalDate date) {
        return new PlannedVisit.Due(date, "cp-statutory-visit", 10);
    }

    private static VisitFacts facts(int version, LocalDate day, boolean seen, Boolean alone, boolean statutory) {
        return new VisitFacts(version, day, seen, alone, statutory, statutory ? "CP" : null, false, null, null, null,
                null, null);
    }

    @Test
    @DisplayName("a child is registered, registered again with corrected details, and allocated, each at the time given")
    void child() {
        Child child = Child.register(CHILD, new ChildNames("Leo", "Example"), "lcs-practice-guide", "north",
                "north.sw1", PlanType.CIN, START, PLANNED_AT);
        assertThat(child.getRegisteredAt()).isEqualTo(PLANNED_AT).isEqualTo(child.getUpdatedAt());

        child.reregister(new ChildNames("Leo", "Example"), "lcs-practice-guide", "north", "north.sw1", PlanType.CP,
                START, LATER);
        assertThat(child.getPlanType()).isEqualTo(PlanType.CP);
        assertThat(child.getRegisteredAt()).isEqualTo(PLANNED_AT);
        assertThat(child.getUpdatedAt()).isEqualTo(LATER);

        child.allocate("south", "south.sw1", LATER.plusSeconds(60));
        assertThat(child.getTeam()).isEqualTo("south");
        assertThat(child.getAllocatedWorker()).isEqualTo("south.sw1");
        assertThat(child.getUpdatedAt()).isEqualTo(LATER.plusSeconds(60));
    }

    @Test
    @DisplayName("the names follow the record's changes; an older announcement, or the registration replayed, puts "
            + "back no old name; a registration announced before names came apart is read from its display name")
    void names() {
        Child child = Child.register(CHILD, ChildNames.of(null, null, "Mary Jane Example"), "lcs-practice-guide",
                "north", "north.sw1", PlanType.CIN, START, PLANNED_AT);
        assertThat(child.getGivenName()).isEqualTo("Mary Jane");
        assertThat(child.getFamilyName()).isEqualTo("Example");
        child.rename(new ChildNames("Mary-Jane", "Example"), 3, LATER);
        child.rename(new ChildNames("Mary", "Sample"), 2, LATER);
        child.reregister(new ChildNames("Mary Jane", "Example"), "lcs-practice-guide", "north", "north.sw1",
                PlanType.CIN, START, LATER);
        assertThat(child.getGivenName()).isEqualTo("Mary-Jane");
        assertThat(child.getDisplayName()).isEqualTo("Mary-Jane Example");
    }

    @Test
    @DisplayName("a plan of visits begins in force, records its first review once (the earliest), adopts a step "
            + "once, and ends once")
    void visitPlan() {
        VisitPlan plan = VisitPlan.begin(VisitIds.plan(CHILD, PlanType.CLA), CHILD, PlanType.CLA, VisitKind.CLA,
                "cla-placement", null, Map.of("placementType", "U6"), START, PLANNED_AT);
        assertThat(plan.inForce()).isTrue();
        plan.firstReviewHeld(DUE);
        plan.firstReviewHeld(DUE.plusDays(3));
        assertThat(plan.getFirstReviewOn()).contains(DUE);
        UUID step = UUID.randomUUID();
        plan.adopt(step);
        plan.adopt(UUID.randomUUID());
        assertThat(plan.getBasisStepId()).contains(step);
        plan.end(DUE.plusDays(5));
        plan.end(DUE.plusDays(9));
        assertThat(plan.getEndedOn()).contains(DUE.plusDays(5));
        assertThat(plan.inForce()).isFalse();
    }

    @Test
    @DisplayName("a visit is scheduled from its plan, planned, and overdue only once its due date has passed")
    void scheduled() {
        PlannedVisit visit = planned();
        assertThat(visit.getState()).isEqualTo(VisitState.PLANNED);
        assertThat(visit.getChildId()).isEqualTo(CHILD);
        assertThat(visit.getFrequencyWorkingDays()).isEqualTo(10);
        assertThat(visit.getNoteId()).isNull();
        assertThat(visit.getOnTime()).isNull();
        assertThat(visit.isOverdueOn(DUE)).isFalse();
        assertThat(visit.isOverdueOn(DUE.plusDays(1))).isTrue();
    }

    @Test
    @DisplayName("a statutory visit after the due date completes the planned visit late, and says which it completed")
    void completedLate() {
        PlannedVisit visit = planned();
        RecordedVisit recorded = statutoryVisitOn(DUE.plusDays(1));
        visit.complete(recorded, LATER);
        assertThat(visit.getState()).isEqualTo(VisitState.COMPLETED);
        assertThat(visit.getNoteId()).isEqualTo(recorded.getNoteId());
        assertThat(visit.getVisitDate()).isEqualTo(DUE.plusDays(1));
        assertThat(visit.getOnTime()).isFalse();
        assertThat(visit.getCompletedAt()).isEqualTo(LATER);
        assertThat(visit.isOverdueOn(DUE.plusDays(5))).isFalse();
        assertThat(recorded.getCompletedVisitId()).isEqualTo(visit.getVisitId());
    }

    @Test
    @DisplayName("a completed visit is never completed again, and a visit that met no statutory visit completes none")
    void completedOnce() {
        PlannedVisit visit = planned();
        RecordedVisit notSeen = RecordedVisit.record(UUID.randomUUID(), CHILD, facts(1, DUE, false, null, true), LATER);
        assertThat(notSeen.isMetStatutoryVisit()).isFalse();
        assertThatThrownBy(() -> visit.complete(notSeen, LATER)).isInstanceOf(IllegalStateException.class);
        assertThat(visit.getState()).isEqualTo(VisitState.PLANNED);

        RecordedVisit first = statutoryVisitOn(DUE);
        visit.complete(first, LATER);
        RecordedVisit second = statutoryVisitOn(DUE.plusDays(2));
        assertThatThrownBy(() -> visit.complete(second, LATER)).isInstanceOf(IllegalStateException.class);
        assertThat(visit.getNoteId()).isEqualTo(first.getNoteId());
        assertThat(visit.getOnTime()).isTrue();
        assertThat(second.getCompletedVisitId()).isNull();
    }

    @Test
    @DisplayName("003 s.5b: a visit's later version replaces its facts and decides again whether it counts; the same "
            + "or an earlier version does not")
    void laterVersionOfAVisit() {
        RecordedVisit visit = statutoryVisitOn(DUE);
        assertThat(visit.olderThan(1)).isFalse();
        assertThatThrownBy(() -> visit.revise(facts(1, DUE, false, null, true)))
                .isInstanceOf(IllegalStateException.class);
        visit.revise(facts(3, DUE.plusDays(1), false, null, false));
        assertThat(visit.getNoteVersion()).isEqualTo(3);
        assertThat(visit.isMetStatutoryVisit()).isFalse();
        assertThat(visit.getVisitDate()).isEqualTo(DUE.plusDays(1));
    }

    @Test
    @DisplayName("a visit whose note no longer counts reopens the planned visit it completed; the next is withdrawn, "
            + "and planned again if the note counts once more")
    void reopenAndWithdraw() {
        PlannedVisit planned = planned();
        RecordedVisit visit = statutoryVisitOn(DUE.minusDays(1));
        planned.complete(visit, LATER);
        visit.revise(facts(2, DUE.minusDays(1), false, null, false));
        planned.reopen(visit);
        assertThat(planned.getState()).isEqualTo(VisitState.PLANNED);
        assertThat(planned.getNoteId()).isNull();
        assertThat(planned.getDueDate()).isEqualTo(DUE);
        assertThat(visit.getCompletedVisitId()).isNull();
        assertThatThrownBy(() -> planned.reopen(visit)).isInstanceOf(IllegalStateException.class);

        PlannedVisit next = planned();
        next.withdraw();
        assertThat(next.getState()).isEqualTo(VisitState.WITHDRAWN);
        assertThatThrownBy(() -> next.reschedule(due(DUE))).isInstanceOf(IllegalStateException.class);
        next.restore(due(DUE.plusDays(7)));
        assertThat(next.getState()).isEqualTo(VisitState.PLANNED);
        assertThat(next.getDueDate()).isEqualTo(DUE.plusDays(7));
    }

    @Test
    @DisplayName("a visit found to have been on another day completes its planned visit on that day, late if after it")
    void recompleteOnAnotherDay() {
        PlannedVisit planned = planned();
        RecordedVisit visit = statutoryVisitOn(DUE);
        planned.complete(visit, LATER);
        assertThat(planned.getOnTime()).isTrue();
        visit.revise(facts(2, DUE.plusDays(1), true, true, true));
        planned.recomplete(visit);
        assertThat(planned.getVisitDate()).isEqualTo(DUE.plusDays(1));
        assertThat(planned.getOnTime()).isFalse();
    }
}
