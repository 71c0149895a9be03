package io.casework.visits.domain;

import io.casework.timescales.RuleSet;
import io.casework.timescales.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 004 "Failed visits": after one failed visit the worker tries again within 3 working days; "If that visit fails this
 * should be escalated to PM within 1 working day"; failed access over a ten-day period goes to the team manager, over
 * a two-week period to a senior manager, each within one working day. The timescales are the authority's rules (by
 * their stable ids), never numbers here: this class only says which step a spell of failed access has reached.
 */
public final class FailedAccessLadder {

    /** The steps, in order, with the rule that times the alert and, for the timed ones, the rule that reaches them. */
    public enum Step {
        PRACTICE_MANAGER("failed-visit-escalation-practice-manager", null),
        TEAM_MANAGER("failed-access-team-manager-alert", "failed-access-ten-days"),
        SENIOR_MANAGER("failed-access-senior-manager-alert", "failed-access-two-weeks");

        private final String alertRule;
        private final String reachedBy;

        Step(String alertRule, String reachedBy) {
            this.alertRule = alertRule;
            this.reachedBy = reachedBy;
        }

        public String alertRule() {
            return alertRule;
        }

        /** The rules a rule set must have for the ladder to be climbed. */
        public static List<String> rules() {
            List<String> ids = new ArrayList<>();
            for (Step step : values()) {
                ids.add(step.alertRule);
                if (step.reachedBy != null) {
                    ids.add(step.reachedBy);
                }
            }
            return ids;
        }
    }

    /** A spell of failed access as it stands: from the first failed visit, how many failed, the latest. */
    public record Spell(LocalDate failedSince, LocalDate lastFailedOn, int failedVisits) {
    }

    /** A step reached and not yet taken, and the last day by which its manager must have been told. */
    public record Reached(Step step, LocalDate alertBy) {
    }

    private FailedAccessLadder() {
    }

    /**
     * The steps the spell has reached by {@code today} that are not among {@code taken}, in order. The practice
     * manager's step is reached by the second failed visit (its alert is timed from that visit); the others by the
     * time failed access has lasted, counted from the first failed visit.
     */
    public static List<Reached> reached(Spell spell, Set<Step> taken, LocalDate today, RuleSet rules,
                                        WorkingDayCalendar calendar) {
        List<Reached> reached = new ArrayList<>();
        for (Step step : Step.values()) {
            if (taken.contains(step)) {
                continue;
            }
            alertBy(step, spell, today, rules, calendar).ifPresent(by -> reached.add(new Reached(step, by)));
        }
        return reached;
    }

    private static Optional<LocalDate> alertBy(Step step, Spell spell, LocalDate today, RuleSet rules,
                                               WorkingDayCalendar calendar) {
        if (step.reachedBy == null) {
            return spell.failedVisits() >= 2
                    ? Optional.of(rules.rule(step.alertRule).dueDate(spell.lastFailedOn(), calendar))
                    : Optional.empty();
        }
        LocalDate reachedOn = rules.dueDate(step.reachedBy, spell.failedSince(), calendar);
        return today.isBefore(reachedOn) ? Optional.empty()
                : Optional.of(rules.dueDate(step.alertRule, spell.failedSince(), calendar));
    }
}
