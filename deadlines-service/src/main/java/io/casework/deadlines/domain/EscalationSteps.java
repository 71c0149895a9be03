package io.casework.deadlines.domain;

import io.casework.timescales.DeadlineRole;
import io.casework.timescales.Escalation;
import io.casework.timescales.TimescaleRule;
import io.casework.timescales.Tracking;
import io.casework.timescales.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a breached deadline's rule says happens next (the rule's {@code escalateTo}), read as data: each step's role
 * and the day after which it is due. A step with no delay is due as soon as the deadline is missed, the day after its
 * due date; one "after 5 working days" the day after the fifth working day past the due date. Plain Java.
 */
public final class EscalationSteps {

    private final List<Escalation> steps;
    private final DeadlineRole owner;

    private EscalationSteps(List<Escalation> steps, DeadlineRole owner) {
        this.steps = steps;
        this.owner = owner;
    }

    /** The steps of {@code rule}, none when there is no rule or it is not tracked (a statutory visit's). */
    public static EscalationSteps of(Optional<TimescaleRule> rule) {
        Optional<Tracking> tracking = rule.flatMap(TimescaleRule::tracking);
        return new EscalationSteps(tracking.map(Tracking::escalateTo).orElse(List.of()),
                tracking.map(Tracking::owner).orElse(null));
    }

    /** Whose the deadline is under its rule, or empty when the rule names nobody. */
    public Optional<DeadlineRole> owner() {
        return Optional.ofNullable(owner);
    }

    /** Step {@code taken + 1}, the one after the {@code taken} already taken, or empty when none is left. */
    public Optional<Escalation> next(int taken) {
        return taken < steps.size() ? Optional.of(steps.get(taken)) : Optional.empty();
    }

    /**
     * The last day before step {@code taken + 1} is due, for a deadline due on {@code dueDate}: the step is taken by
     * the first scan on a later day. Null when no step is left.
     */
    public LocalDate nextDueAfter(int taken, LocalDate dueDate, WorkingDayCalendar calendar) {
        return next(taken).map(step -> step.escalatesOn(dueDate, calendar)).orElse(null);
    }
}
