package io.casework.deadlines.domain;

import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.timescales.RuleSet;
import io.casework.timescales.TimescaleRule;
import io.casework.timescales.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One step of the failed access ladder of one spell (004 "Failed visits"): the practice manager after the second
 * failed visit, the team manager once failed access has lasted ten days, a senior manager once it has lasted two
 * weeks. Each step of each spell is a deadline of its own, whose subject is written here, so that the three steps of a
 * spell are three deadlines and the end of the spell finds them all. Plain Java.
 *
 * @param failedAccessId the spell: the note of its first failed visit
 * @param escalateTo     the role the step goes to (PRACTICE_MANAGER, TEAM_MANAGER or SENIOR_MANAGER)
 */
public record FailedAccessStep(UUID failedAccessId, String escalateTo) {

    private static final String SEPARATOR = ":";

    public FailedAccessStep {
        Objects.requireNonNull(failedAccessId, "failedAccessId");
        Objects.requireNonNull(escalateTo, "escalateTo");
    }

    public static FailedAccessStep of(FailedAccessEscalated escalation) {
        return new FailedAccessStep(escalation.failedAccessId(), escalation.escalateTo());
    }

    /** The deadline's subject: the spell, then the step, e.g. {@code 3f2c8a4e-...:TEAM_MANAGER}. */
    public String subjectId() {
        return failedAccessId + SEPARATOR + escalateTo;
    }

    /** Whether a deadline's subject is one of the steps of this spell. */
    public static boolean ofSpell(String subjectId, UUID failedAccessId) {
        return subjectId.startsWith(failedAccessId + SEPARATOR);
    }

    /**
     * The day the step's rule counts from, read from the step's facts: for a rule that follows another (the alert to
     * the team manager follows failed access reaching ten days), the day that rule falls due from the first failed
     * visit; for any other, the latest failed visit, the one that made the step (the second, for the practice
     * manager).
     */
    public static LocalDate countedFrom(TimescaleRule rule, FailedAccessEscalated step, RuleSet rules,
                                        WorkingDayCalendar calendar) {
        return rule.follows().map(previous -> rules.dueDate(previous, step.failedSince(), calendar))
                .orElse(step.lastFailedOn());
    }

    /**
     * The due date the rule gives the step when counted here. visits-service counts it under the same rules and
     * calendar and announces it as {@code alertBy}: the two agree unless the services run different releases.
     */
    public static LocalDate dueUnder(TimescaleRule rule, FailedAccessEscalated step, RuleSet rules,
                                     WorkingDayCalendar calendar) {
        return rule.dueDate(countedFrom(rule, step, rules, calendar), calendar);
    }
}
