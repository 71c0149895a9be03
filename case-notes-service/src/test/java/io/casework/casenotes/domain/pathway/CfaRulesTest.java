package io.casework.casenotes.domain.pathway;

import io.casework.contracts.PathwayStepKind;
import io.casework.casenotes.domain.pathway.CfaRules.Refusal;
import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** 004 "Setting A Due Date (Priority) for New C&F" and "Completing a C&F Assessment"; DOMAIN rules 18 to 20. */
class CfaRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    // The LCS practice guide's rules (004), the base every authority's set refines.
    private static final RuleSet RULES = RuleSetRegistry.standard().ruleSet("lcs-practice-guide");

    /** A Monday before Christmas: 25 Dec (Fri), 28 Dec (Boxing Day's substitute) and 1 Jan 2027 do not count. */
    private static final LocalDate START = LocalDate.of(2026, 12, 21);

    @ParameterizedTest(name = "{0} from 21 Dec 2026 falls due {1}")
    @CsvSource({"10, 2027-01-07", "30, 2027-02-04", "45, 2027-02-25"})
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": the due date is 10, 30 or 45 working days from "
            + "the start, bank holidays and their substitute days skipped (DOMAIN rule 19)")
    void dueDates(int workingDays, LocalDate due) {
        CfaPriority priority = CfaPriority.ofWorkingDays(workingDays).orElseThrow();
        assertThat(priority.dueDate(START, RULES, CALENDAR)).isEqualTo(due);
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": every C&F starts at 10 working days; no other "
            + "priority than 10, 30 or 45 exists")
    void initialAndOnlyPriorities() {
        assertThat(CfaPriority.INITIAL.dueDate(LocalDate.of(2026, 11, 2), RULES, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(CfaPriority.ofWorkingDays(20)).isEmpty();
        assertThat(CfaPriority.ofWorkingDays(0)).isEmpty();
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": the supervisor's reminder fires 5 working days "
            + "after the start, before the first 10-working-day deadline")
    void priorityAlert() {
        assertThat(CfaRules.priorityAlertDate(START, RULES, CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(CfaRules.priorityAlertDate(START, RULES, CALENDAR)).isBefore(CfaPriority.INITIAL.dueDate(START, RULES, CALENDAR));
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": the priority is reset only while the C&F is in "
            + "progress, and only to another priority")
    void priorityChanges() {
        assertThat(CfaRules.priorityChangeRefusal(StepState.OPEN, CfaPriority.TEN_WORKING_DAYS,
                CfaPriority.THIRTY_WORKING_DAYS)).isEmpty();
        assertThat(CfaRules.priorityChangeRefusal(StepState.AWAITING_AUTHORISATION, CfaPriority.FORTY_FIVE_WORKING_DAYS,
                CfaPriority.TEN_WORKING_DAYS)).isEmpty();
        assertThat(CfaRules.priorityChangeRefusal(StepState.OPEN, CfaPriority.THIRTY_WORKING_DAYS,
                CfaPriority.THIRTY_WORKING_DAYS)).contains(Refusal.UNCHANGED);
        assertThat(CfaRules.priorityChangeRefusal(StepState.DECIDED, CfaPriority.TEN_WORKING_DAYS,
                CfaPriority.THIRTY_WORKING_DAYS)).contains(Refusal.NOT_IN_PROGRESS);
        assertThat(CfaRules.priorityChangeRefusal(StepState.ENDED, CfaPriority.TEN_WORKING_DAYS,
                CfaPriority.THIRTY_WORKING_DAYS)).contains(Refusal.NOT_IN_PROGRESS);
    }

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\": the outcome goes for authorisation once, from an open C&F, "
            + "with a completion date between the start and today")
    void outcomeRequests() {
        LocalDate today = LocalDate.of(2027, 1, 5);
        assertThat(CfaRules.outcomeRefusal(StepState.OPEN, START, today, today)).isEmpty();
        assertThat(CfaRules.outcomeRefusal(StepState.OPEN, START, START, today)).isEmpty();
        assertThat(CfaRules.outcomeRefusal(StepState.OPEN, START, START.minusDays(1), today))
                .contains(Refusal.COMPLETED_OUT_OF_RANGE);
        assertThat(CfaRules.outcomeRefusal(StepState.OPEN, START, today.plusDays(1), today))
                .contains(Refusal.COMPLETED_OUT_OF_RANGE);
        assertThat(CfaRules.outcomeRefusal(StepState.AWAITING_AUTHORISATION, START, today, today))
                .contains(Refusal.AWAITING_AUTHORISATION);
        assertThat(CfaRules.outcomeRefusal(StepState.DECIDED, START, today, today))
                .contains(Refusal.NOT_IN_PROGRESS);
    }

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\" and DOMAIN rule 20: until a manager authorises it, an outcome "
            + "opens nothing; once authorised it opens what it said it would")
    void opensOnlyOnceAuthorised() {
        assertThat(CfaRules.opened(StepState.OPEN, CfaOutcome.CHILD_IN_NEED_PLAN)).isEmpty();
        assertThat(CfaRules.opened(StepState.AWAITING_AUTHORISATION, CfaOutcome.CHILD_IN_NEED_PLAN)).isEmpty();
        assertThat(CfaRules.opened(StepState.DECIDED, CfaOutcome.CHILD_IN_NEED_PLAN).orElseThrow().steps())
                .containsExactly(PathwayStepKind.CHILD_IN_NEED_PLAN);
    }

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\": 'if the decision is CIN, but the outcome selected is other "
            + "actions the case will close and then cannot progress to CIN': the two outcomes say so before authorisation")
    void theWrongOutcome() {
        assertThat(CfaOutcome.CHILD_IN_NEED_PLAN.opens().closesCase()).isFalse();
        assertThat(CfaOutcome.CHILD_IN_NEED_PLAN.opens().steps()).containsExactly(PathwayStepKind.CHILD_IN_NEED_PLAN);
        assertThat(CfaOutcome.OTHER_ACTIONS.opens().closesCase()).isTrue();
        assertThat(CfaOutcome.OTHER_ACTIONS.opens().steps()).isEmpty();
    }

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\": 'Do not outcome the C&F if a strategy discussion is to take "
            + "place': no C&F outcome opens a strategy discussion")
    void noStrategyDiscussionOutcome() {
        for (CfaOutcome outcome : CfaOutcome.values()) {
            assertThat(outcome.opens().steps()).doesNotContain(PathwayStepKind.STRATEGY_DISCUSSION, PathwayStepKind.CF_ASSESSMENT);
        }
    }
}
