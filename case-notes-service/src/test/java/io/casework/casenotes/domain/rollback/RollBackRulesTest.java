package io.casework.casenotes.domain.rollback;

import io.casework.casenotes.domain.rollback.RollBackRules.CommentRefusal;
import io.casework.casenotes.domain.rollback.RollBackRules.RequestRefusal;
import io.casework.casenotes.domain.rollback.RollBackRules.Step;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RollBackRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Step CONTACT = new Step(UUID.randomUUID(), "CONTACT", LocalDate.of(2026, 2, 20));
    static final Step ASSESSMENT = new Step(UUID.randomUUID(), "CF_ASSESSMENT", LocalDate.of(2026, 3, 2));
    static final Step STRATEGY = new Step(UUID.randomUUID(), "STRATEGY_DISCUSSION", LocalDate.of(2026, 3, 1));

    @Test
    @DisplayName("000: a roll-back to a date takes out the steps started after it, oldest first, and keeps the steps "
            + "started on it or before")
    void stepsAfterTheDate() {
        assertThat(RollBackRules.stepsAfter(List.of(ASSESSMENT, CONTACT, STRATEGY), LocalDate.of(2026, 2, 28)))
                .containsExactly(STRATEGY, ASSESSMENT);
        assertThat(RollBackRules.stepsAfter(List.of(ASSESSMENT, CONTACT, STRATEGY), LocalDate.of(2026, 3, 1)))
                .containsExactly(ASSESSMENT);
        assertThat(RollBackRules.stepsAfter(List.of(CONTACT), LocalDate.of(2026, 2, 20))).isEmpty();
    }

    @Test
    @DisplayName("000 \"Request for Roll Back\": refused for a date after today, when nothing started after the date, "
            + "and while another request waits, in that order")
    void requestRefusals() {
        List<Step> current = List.of(CONTACT, ASSESSMENT);
        assertThat(RollBackRules.requestRefusal(TODAY.plusDays(1), TODAY, current, Set.of(), false))
                .contains(RequestRefusal.FUTURE_DATE);
        assertThat(RollBackRules.requestRefusal(TODAY, TODAY, current, Set.of(), true))
                .contains(RequestRefusal.NOTHING_TO_ROLL_BACK);
        assertThat(RollBackRules.requestRefusal(LocalDate.of(2026, 3, 1), TODAY, current, Set.of(), true))
                .contains(RequestRefusal.ALREADY_REQUESTED);
        assertThat(RollBackRules.requestRefusal(LocalDate.of(2026, 3, 1), TODAY, current, Set.of(), false))
                .isEmpty();
    }

    @Test
    @DisplayName("000 with 004 \"Completing a C&F Assessment\": a roll-back past a step whose outcome waits for the "
            + "manager's authorisation is refused, so that the decision never lands on a step moved out; a waiting "
            + "step kept by the roll-back does not stop it")
    void stepAwaitingAuthorisation() {
        List<Step> current = List.of(CONTACT, ASSESSMENT);
        assertThat(RollBackRules.requestRefusal(LocalDate.of(2026, 3, 1), TODAY, current, Set.of(ASSESSMENT.id()),
                false)).contains(RequestRefusal.STEP_AWAITING_AUTHORISATION);
        assertThat(RollBackRules.requestRefusal(LocalDate.of(2026, 3, 1), TODAY, current, Set.of(CONTACT.id()),
                false)).isEmpty();
    }

    @Test
    @DisplayName("000 \"speak to their line-manager\": the manager comments once, on a colleague's request only")
    void commentRefusals() {
        assertThat(RollBackRules.commentRefusal(RollBackState.AWAITING_MANAGER, "north.sw1", "north.tm")).isEmpty();
        assertThat(RollBackRules.commentRefusal(RollBackState.AWAITING_MANAGER, "north.tm", "north.tm"))
                .contains(CommentRefusal.OWN_REQUEST);
        assertThat(RollBackRules.commentRefusal(RollBackState.PENDING, "north.sw1", "north.tm"))
                .contains(CommentRefusal.ALREADY_COMMENTED);
        assertThat(RollBackRules.commentRefusal(RollBackState.APPROVED, "north.sw1", "north.tm"))
                .contains(CommentRefusal.ALREADY_COMMENTED);
    }
}
