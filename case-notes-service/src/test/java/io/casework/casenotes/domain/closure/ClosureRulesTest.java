package io.casework.casenotes.domain.closure;

import io.casework.casenotes.domain.closure.ClosureRules.PathwayFact;
import io.casework.casenotes.domain.closure.ClosureRules.Reason;
import io.casework.casenotes.domain.closure.ClosureRules.Refusal;
import io.casework.casenotes.domain.pathway.StepState;
import io.casework.contracts.PathwayStepKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ClosureRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static PathwayFact going(PathwayStepKind kind) {
        return new PathwayFact(UUID.randomUUID(), kind, StepState.OPEN, null, null);
    }

    private static PathwayFact ended(PathwayStepKind kind, LocalDate end, LocalDate conference) {
        return new PathwayFact(UUID.randomUUID(), kind, StepState.ENDED, end, conference);
    }

    @Test
    @DisplayName("002 s.12, DOMAIN rule 11: a case cannot be closed while the child is subject to a child protection "
            + "plan, nor while the child is looked after")
    void openPlanOrLookedAfter() {
        PathwayFact plan = going(PathwayStepKind.CHILD_PROTECTION_PLAN);
        assertThat(ClosureRules.startRefusal(List.of(going(PathwayStepKind.CHILD_IN_NEED_PLAN), plan), false, TODAY))
                .contains(new Refusal(Reason.CHILD_PROTECTION_PLAN_OPEN, plan.stepId(), null));
        PathwayFact episode = going(PathwayStepKind.LOOKED_AFTER_EPISODE);
        assertThat(ClosureRules.startRefusal(List.of(episode), false, TODAY))
                .contains(new Refusal(Reason.LOOKED_AFTER, episode.stepId(), null));
        assertThat(ClosureRules.startRefusal(List.of(ended(PathwayStepKind.LOOKED_AFTER_EPISODE,
                LocalDate.of(2025, 1, 10), null), going(PathwayStepKind.CHILD_IN_NEED_PLAN)), false, TODAY)).isEmpty();
    }

    @Test
    @DisplayName("002 s.12, DOMAIN rule 11: after a CP plan ends the child stays open as child in need for at least "
            + "three months from the conference that ended it")
    void threeMonthsFromTheConference() {
        // The review conference of 27 August ended the plan; the plan's own end was recorded a week later.
        PathwayFact plan = ended(PathwayStepKind.CHILD_PROTECTION_PLAN, LocalDate.of(2026, 9, 3),
                LocalDate.of(2026, 8, 27));
        assertThat(ClosureRules.startRefusal(List.of(plan), false, LocalDate.of(2026, 11, 26)))
                .contains(new Refusal(Reason.CHILD_IN_NEED_AFTER_PLAN, plan.stepId(), LocalDate.of(2026, 11, 27)));
        assertThat(ClosureRules.startRefusal(List.of(plan), false, LocalDate.of(2026, 11, 27))).isEmpty();
        // Ended without a conference named: the plan's end date counts.
        PathwayFact endedDirectly = ended(PathwayStepKind.CHILD_PROTECTION_PLAN, LocalDate.of(2026, 9, 3), null);
        assertThat(ClosureRules.startRefusal(List.of(endedDirectly), false, TODAY))
                .contains(new Refusal(Reason.CHILD_IN_NEED_AFTER_PLAN, endedDirectly.stepId(),
                        LocalDate.of(2026, 12, 3)));
        // Of two plans, the later one counts.
        PathwayFact older = ended(PathwayStepKind.CHILD_PROTECTION_PLAN, LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 1));
        assertThat(ClosureRules.startRefusal(List.of(older, endedDirectly), false, TODAY).map(Refusal::stepId))
                .contains(endedDirectly.stepId());
    }

    @Test
    @DisplayName("DOMAIN rule 11 (002 s.12 \"Looked After / Care Leaver\"): a care leaver stays open while entitled to "
            + "leaving care support")
    void careLeaver() {
        PathwayFact eligibility = going(PathwayStepKind.LEAVING_CARE_ELIGIBILITY);
        assertThat(ClosureRules.startRefusal(List.of(eligibility), false, TODAY))
                .contains(new Refusal(Reason.CARE_LEAVER_ENTITLED, eligibility.stepId(), null));
        assertThat(ClosureRules.startRefusal(List.of(ended(PathwayStepKind.LEAVING_CARE_ELIGIBILITY,
                LocalDate.of(2026, 10, 1), null)), false, TODAY)).isEmpty();
    }

    @Test
    @DisplayName("002 s.12: one closure at a time; it goes to the manager once steps 1-2 and 4-8 are done, step 3 "
            + "being the manager's oversight")
    void oneAtATimeAndSubmittedWhenDone() {
        assertThat(ClosureRules.startRefusal(List.of(), true, TODAY).map(Refusal::reason))
                .contains(Reason.CLOSURE_GOING);
        EnumSet<ClosureStep> done = EnumSet.of(ClosureStep.CLOSING_SUMMARY, ClosureStep.CHRONOLOGY_DECISION,
                ClosureStep.CHILD_AND_FAMILY_INFORMED, ClosureStep.ORGANISATIONS_INFORMED,
                ClosureStep.MOVE_ACROSS_BOUNDARIES_CHECKED, ClosureStep.WORKBOOK_EPISODE_ENDED);
        assertThat(ClosureRules.submitRefusal(done, List.of(), TODAY).map(Refusal::reason))
                .contains(Reason.STEPS_NOT_DONE);
        done.add(ClosureStep.INVOLVEMENT_ENDED);
        assertThat(ClosureRules.submitRefusal(done, List.of(), TODAY)).isEmpty();
        assertThat(ClosureRules.submitRefusal(done, List.of(going(PathwayStepKind.CHILD_PROTECTION_PLAN)), TODAY)
                .map(Refusal::reason)).contains(Reason.CHILD_PROTECTION_PLAN_OPEN);
    }

    @Test
    @DisplayName("002 s.12 \"Outcome Was No Further Action\": feedback to the referrer is required for a referral "
            + "closed with no further action, and not otherwise")
    void referrerFeedback() {
        assertThat(ClosureReason.NO_FURTHER_ACTION_ON_REFERRAL.needsReferrerFeedback()).isTrue();
        assertThat(ClosureReason.CHILD_IN_NEED_PLAN_ENDED.needsReferrerFeedback()).isFalse();
    }
}
