package io.casework.casenotes.domain.pathway;

import io.casework.contracts.PathwayStepKind;
import io.casework.casenotes.domain.pathway.CfaRules.Refusal;
import io.casework.casenotes.domain.pathway.CfaRules.StepDate;
import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** 004 "Setting A Due Date (Priority) for New C&F" and "Completing a C&F Assessment"; DOMAIN rules 18 to 20. */
class CfaRulesTest {

    // The LCS practice guide's rules (004), the base every authority's set refines.
    private static final RuleSet RULES = RuleSetRegistry.standard().ruleSet("lcs-practice-guide");

    /** A Monday before Christmas. */
    private static final LocalDate START = LocalDate.of(2026, 12, 21);

    @ParameterizedTest(name = "{0} working days: rule {1}")
    @CsvSource({"10, cf-assessment-priority-10", "30, cf-assessment-priority-30", "45, cf-assessment-priority-45"})
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": each priority names the authority's rule that "
            + "deadlines-service counts its due date under, a rule of the authority's rule set")
    void priorityRules(int workingDays, String ruleId) {
        CfaPriority priority = CfaPriority.ofWorkingDays(workingDays).orElseThrow();
        assertThat(priority.ruleId()).isEqualTo(ruleId);
        assertThat(RULES.findRule(ruleId)).isPresent();
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": every C&F starts at 10 working days; no other "
            + "priority than 10, 30 or 45 exists")
    void initialAndOnlyPriorities() {
        assertThat(CfaPriority.INITIAL.workingDays()).isEqualTo(10);
        assertThat(CfaPriority.ofWorkingDays(20)).isEmpty();
        assertThat(CfaPriority.ofWorkingDays(0)).isEmpty();
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\", issue 15: the reminder's deadline gives the "
            + "reminder's date; the deadline of the priority the C&F has gives its due date, one of another priority "
            + "(announced before a reset) nothing, nor any other rule")
    void datesSetByDeadlines() {
        assertThat(RULES.findRule(CfaRules.PRIORITY_ALERT_RULE)).isPresent();
        assertThat(CfaRules.dateSetBy("cf-priority-supervisor-alert", CfaPriority.THIRTY_WORKING_DAYS))
                .contains(StepDate.PRIORITY_ALERT);
        assertThat(CfaRules.dateSetBy("cf-assessment-priority-30", CfaPriority.THIRTY_WORKING_DAYS))
                .contains(StepDate.DUE);
        assertThat(CfaRules.dateSetBy("cf-assessment-priority-10", CfaPriority.THIRTY_WORKING_DAYS)).isEmpty();
        assertThat(CfaRules.dateSetBy("cf-assessment-priority-10", null)).isEmpty();
        assertThat(CfaRules.dateSetBy("contact-referral-recording", CfaPriority.TEN_WORKING_DAYS)).isEmpty();
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
