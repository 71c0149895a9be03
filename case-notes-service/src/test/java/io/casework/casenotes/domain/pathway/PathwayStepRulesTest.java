package io.casework.casenotes.domain.pathway;

import io.casework.contracts.PathwayStepKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared rules of pathway steps (004 "Case Pathway"; DOMAIN.md "CART, the front door"; DOMAIN rule 20). */
class PathwayStepRulesTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "OPEN, AWAITING_AUTHORISATION, true", "OPEN, DECIDED, true", "OPEN, ENDED, true",
            "AWAITING_AUTHORISATION, DECIDED, true", "AWAITING_AUTHORISATION, OPEN, true",
            "AWAITING_AUTHORISATION, ENDED, false",
            "DECIDED, ENDED, true", "DECIDED, OPEN, false", "DECIDED, AWAITING_AUTHORISATION, false",
            "ENDED, OPEN, false", "ENDED, DECIDED, false"})
    @DisplayName("DOMAIN rule 20: an outcome needing a manager waits for them; a refusal returns the step to the "
            + "worker; a decided step only ends (undoing it is a roll-back, 004); a step with no outcome ends from OPEN")
    void moves(StepState from, StepState to, boolean allowed) {
        assertThat(from.mayBecome(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} on a {1}: {2}")
    @CsvSource({
            "REFERRAL_TO_SOCIAL_CARE, CONTACT, true", "REFERRAL_TO_SOCIAL_CARE, REFERRAL, false",
            "CF_ASSESSMENT, REFERRAL, true", "CF_ASSESSMENT, CONTACT, false",
            "STRATEGY_DISCUSSION, REFERRAL, true", "STRATEGY_DISCUSSION, CONTACT, false",
            "NO_FURTHER_ACTION, CONTACT, true", "INFORMATION_AND_ADVICE, REFERRAL, true",
            "EARLY_HELP, CONTACT, true", "EARLY_HELP, REFERRAL, true", "CF_ASSESSMENT, CF_ASSESSMENT, false"})
    @DisplayName("DOMAIN.md \"CART, the front door\": a contact becomes a referral or ends at the door; a referral "
            + "leads to a C&F or a strategy discussion")
    void frontDoor(FrontDoorDecision decision, PathwayStepKind kind, boolean decides) {
        assertThat(decision.decides(kind)).isEqualTo(decides);
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": a referral that needs a C&F opens one; no further "
            + "action opens nothing and closes")
    void frontDoorOpens() {
        assertThat(FrontDoorDecision.CF_ASSESSMENT.opens()).isEqualTo(new Opens(List.of(PathwayStepKind.CF_ASSESSMENT), false));
        assertThat(FrontDoorDecision.NO_FURTHER_ACTION.opens()).isEqualTo(new Opens(List.of(), true));
    }

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\": an outcome that closes the case cannot also open a step")
    void closingOpensNothing() {
        assertThatThrownBy(() -> new Opens(List.of(PathwayStepKind.CHILD_IN_NEED_PLAN), true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
