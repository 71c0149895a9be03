package io.casework.casenotes.domain.pathway;

import io.casework.casenotes.domain.pathway.PathwayRules.Refusal;
import io.casework.contracts.PathwayStepKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PathwayRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    @DisplayName("004 \"Case Pathway\": an S47 enquiry, a conference and a CP plan are opened by an authorised outcome, "
            + "not started by hand; a placement stands only in a looked-after episode that goes on, and not before it")
    void starting() {
        StepKindRules placement = StepKindRules.of(PathwayStepKind.PLACEMENT);
        LocalDate episodeStart = TODAY.minusDays(10);
        assertThat(PathwayRules.startRefusal(StepKindRules.of(PathwayStepKind.S47_ENQUIRY), null, null, null, TODAY,
                TODAY)).contains(Refusal.NOT_STARTABLE);
        assertThat(PathwayRules.startRefusal(StepKindRules.of(PathwayStepKind.CHILD_PROTECTION_PLAN), null, null,
                null, TODAY, TODAY)).contains(Refusal.NOT_STARTABLE);
        assertThat(PathwayRules.startRefusal(placement, null, null, null, TODAY, TODAY))
                .contains(Refusal.PART_OF_REQUIRED);
        assertThat(PathwayRules.startRefusal(placement, PathwayStepKind.CHILD_IN_NEED_PLAN, StepState.OPEN,
                episodeStart, TODAY, TODAY)).contains(Refusal.PART_OF_WRONG_KIND);
        assertThat(PathwayRules.startRefusal(placement, PathwayStepKind.LOOKED_AFTER_EPISODE, StepState.ENDED,
                episodeStart, TODAY, TODAY)).contains(Refusal.PART_OF_ENDED);
        assertThat(PathwayRules.startRefusal(placement, PathwayStepKind.LOOKED_AFTER_EPISODE, StepState.OPEN,
                episodeStart, episodeStart.minusDays(1), TODAY)).contains(Refusal.DATE_OUT_OF_RANGE);
        assertThat(PathwayRules.startRefusal(placement, PathwayStepKind.LOOKED_AFTER_EPISODE, StepState.OPEN,
                episodeStart, episodeStart, TODAY)).isEmpty();
        assertThat(PathwayRules.startRefusal(StepKindRules.of(PathwayStepKind.CHILD_IN_NEED_PLAN),
                PathwayStepKind.LOOKED_AFTER_EPISODE, StepState.OPEN, episodeStart, TODAY, TODAY))
                .contains(Refusal.PART_OF_WRONG_KIND);
    }

    @Test
    @DisplayName("004 \"Case Pathway\": a conference is decided once held with its chair; a plan has no outcome and "
            + "ends; a step with outcomes ends once decided")
    void meetingsOutcomesAndEnds() {
        StepKindRules conference = StepKindRules.of(PathwayStepKind.INITIAL_CHILD_PROTECTION_CONFERENCE);
        Instant held = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(PathwayRules.outcomeRefusal(conference, StepState.OPEN, null, TODAY, TODAY, TODAY))
                .contains(Refusal.NOT_HELD);
        assertThat(PathwayRules.outcomeRefusal(conference, StepState.OPEN, held, TODAY, TODAY, TODAY)).isEmpty();
        Instant now = held.plusSeconds(600);
        assertThat(PathwayRules.heldRefusal(conference, StepState.OPEN, null, " ", TODAY, held, TODAY, now))
                .contains(Refusal.CHAIR_REQUIRED);
        assertThat(PathwayRules.heldRefusal(conference, StepState.OPEN, held, "Chair", TODAY, held, TODAY, now))
                .contains(Refusal.HELD_ALREADY);
        assertThat(PathwayRules.heldRefusal(conference, StepState.OPEN, null, "Chair", TODAY, now.plusSeconds(1),
                TODAY, now)).contains(Refusal.DATE_OUT_OF_RANGE);
        assertThat(PathwayRules.heldRefusal(conference, StepState.OPEN, null, "Chair", TODAY, held, TODAY, now))
                .isEmpty();
        assertThat(PathwayRules.scheduleRefusal(StepKindRules.of(PathwayStepKind.PLACEMENT), StepState.OPEN, null,
                TODAY, TODAY)).contains(Refusal.NOT_A_MEETING);
        StepKindRules plan = StepKindRules.of(PathwayStepKind.CHILD_IN_NEED_PLAN);
        assertThat(PathwayRules.outcomeRefusal(plan, StepState.OPEN, null, TODAY, TODAY, TODAY))
                .contains(Refusal.NO_OUTCOMES);
        assertThat(PathwayRules.endRefusal(plan, StepState.OPEN, TODAY, TODAY, TODAY)).isEmpty();
        assertThat(PathwayRules.endRefusal(plan, StepState.OPEN, TODAY, TODAY.plusDays(1), TODAY))
                .contains(Refusal.DATE_OUT_OF_RANGE);
        StepKindRules assessment = StepKindRules.of(PathwayStepKind.CF_ASSESSMENT);
        assertThat(PathwayRules.endRefusal(assessment, StepState.OPEN, TODAY, TODAY, TODAY))
                .contains(Refusal.OUTCOME_FIRST);
        assertThat(PathwayRules.endRefusal(assessment, StepState.DECIDED, TODAY, TODAY, TODAY)).isEmpty();
    }

    @Test
    @DisplayName("DOMAIN rule 11 (002 s.12): the review conference that ends a CP plan opens a CIN plan; DOMAIN rule "
            + "20: C&F and S47 outcomes and strategy discussion decisions need a manager, a conference's does not")
    void outcomes() {
        StepOutcome ends = StepKindRules.of(PathwayStepKind.REVIEW_CHILD_PROTECTION_CONFERENCE)
                .outcome("END_PLAN_CHILD_IN_NEED").orElseThrow();
        assertThat(ends.endsPartOf()).isTrue();
        assertThat(ends.opens().steps()).containsExactly(PathwayStepKind.CHILD_IN_NEED_PLAN);
        assertThat(ends.opens().closesCase()).isFalse();
        assertThat(StepKindRules.of(PathwayStepKind.S47_ENQUIRY).authorisedBy()).isPresent();
        assertThat(StepKindRules.of(PathwayStepKind.STRATEGY_DISCUSSION).authorisedBy()).isPresent();
        assertThat(StepKindRules.of(PathwayStepKind.CF_ASSESSMENT).authorisedBy()).isPresent();
        assertThat(StepKindRules.of(PathwayStepKind.INITIAL_CHILD_PROTECTION_CONFERENCE).authorisedBy()).isEmpty();
    }
}
