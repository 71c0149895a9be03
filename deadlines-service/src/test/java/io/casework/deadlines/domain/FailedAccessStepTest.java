package io.casework.deadlines.domain;

import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.timescales.Authorities;
import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 004 "Failed visits": the steps of a spell of failed access as deadlines, and the day each is counted from. */
class FailedAccessStepTest {

    private static final RuleSet BASE = RuleSetRegistry.standard().ruleSet(Authorities.LCS_PRACTICE_GUIDE);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);
    private static final LocalDate AFTER_CHRISTMAS = LocalDate.of(2026, 12, 29);

    @Test
    @DisplayName("004 \"Failed visits\": the three steps of one spell are three subjects, each known as the spell's, "
            + "and no other spell's")
    void threeStepsOfOneSpell() {
        UUID spell = UUID.randomUUID();
        FailedAccessStep practiceManager = new FailedAccessStep(spell, "PRACTICE_MANAGER");
        FailedAccessStep teamManager = new FailedAccessStep(spell, "TEAM_MANAGER");
        FailedAccessStep seniorManager = new FailedAccessStep(spell, "SENIOR_MANAGER");

        assertThat(practiceManager.subjectId()).isEqualTo(spell + ":PRACTICE_MANAGER");
        assertThat(Set.of(practiceManager.subjectId(), teamManager.subjectId(), seniorManager.subjectId()))
                .hasSize(3).allSatisfy(subject -> {
                    assertThat(FailedAccessStep.ofSpell(subject, spell)).isTrue();
                    assertThat(FailedAccessStep.ofSpell(subject, UUID.randomUUID())).isFalse();
                });
    }

    @Test
    @DisplayName("004 \"Failed visits\": escalated on Thursday 24 December 2026, each step is due by Tuesday 29 "
            + "December (Christmas Day and the substitute Boxing Day, Monday 28, are bank holidays), as the alertBy "
            + "visits-service announces")
    void eachStepOverChristmas2026() {
        // The practice manager's step runs from the second failed visit itself.
        FailedAccessEscalated practiceManager = step("PRACTICE_MANAGER", "failed-visit-escalation-practice-manager",
                LocalDate.of(2026, 12, 21), CHRISTMAS_EVE, 2);
        // Failed since Monday 14 December: ten days on Thursday 24.
        FailedAccessEscalated teamManager = step("TEAM_MANAGER", "failed-access-team-manager-alert",
                LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 22), 3);
        // Failed since Thursday 10 December: two weeks on Thursday 24.
        FailedAccessEscalated seniorManager = step("SENIOR_MANAGER", "failed-access-senior-manager-alert",
                LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 23), 4);

        for (FailedAccessEscalated step : new FailedAccessEscalated[] {practiceManager, teamManager, seniorManager}) {
            assertThat(FailedAccessStep.countedFrom(BASE.rule(step.rule()), step, BASE, CALENDAR)).as(step.rule())
                    .isEqualTo(CHRISTMAS_EVE);
            assertThat(FailedAccessStep.dueUnder(BASE.rule(step.rule()), step, BASE, CALENDAR)).as(step.rule())
                    .isEqualTo(AFTER_CHRISTMAS).isEqualTo(step.alertBy());
        }
    }

    @Test
    @DisplayName("004 \"Failed visits\": one spell failing since Thursday 10 December 2026 reaches the practice "
            + "manager after the second failed visit (Monday 14, by Tuesday 15), the team manager at ten days "
            + "(Sunday 20, by Monday 21) and a senior manager at two weeks (Thursday 24, by Tuesday 29)")
    void oneSpellThreeDueDates() {
        LocalDate since = LocalDate.of(2026, 12, 10);
        assertThat(due(step("PRACTICE_MANAGER", "failed-visit-escalation-practice-manager", since,
                LocalDate.of(2026, 12, 14), 2))).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(due(step("TEAM_MANAGER", "failed-access-team-manager-alert", since,
                LocalDate.of(2026, 12, 18), 3))).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(due(step("SENIOR_MANAGER", "failed-access-senior-manager-alert", since,
                LocalDate.of(2026, 12, 23), 4))).isEqualTo(AFTER_CHRISTMAS);
    }

    private static LocalDate due(FailedAccessEscalated step) {
        return FailedAccessStep.dueUnder(BASE.rule(step.rule()), step, BASE, CALENDAR);
    }

    /** A step as visits-service announces it, its alertBy counted as the rules set does from the chain's start. */
    private static FailedAccessEscalated step(String role, String rule, LocalDate failedSince, LocalDate lastFailedOn,
                                              int failedVisits) {
        LocalDate chainStart = BASE.rule(rule).follows().isPresent() ? failedSince : lastFailedOn;
        return new FailedAccessEscalated(UUID.randomUUID(), UUID.randomUUID(), "north", "north.sw1", role, rule,
                failedSince, lastFailedOn, failedVisits, BASE.dueDate(rule, chainStart, CALENDAR),
                Instant.parse("2026-12-24T09:00:00Z"));
    }
}
