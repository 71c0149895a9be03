package io.casework.casenotes.domain.pathway;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of a Child and Family Assessment on the pathway (004 "Completing a C&F Assessment", "Setting A Due Date
 * (Priority) for New C&F"; DOMAIN rules 18 and 20), in plain Java so that they are tested without a server.
 */
public final class CfaRules {

    /**
     * The authority's rule for the reminder to set the priority (004: "This alert fires 5 working days AFTER a C&F has
     * been started"), leaving time to change it before the first 10-working-day deadline.
     */
    public static final String PRIORITY_ALERT_RULE = "cf-priority-supervisor-alert";

    /** Why a priority change or an outcome cannot be made. */
    public enum Refusal {
        /** The assessment's outcome is decided or the step has ended: its due date no longer moves. */
        NOT_IN_PROGRESS,
        /** The priority asked is the one it has. */
        UNCHANGED,
        /** An outcome already waits for a manager; a second would race the first. */
        AWAITING_AUTHORISATION,
        /** The completion date is before the start or after today. */
        COMPLETED_OUT_OF_RANGE
    }

    private CfaRules() {
    }

    /** The two dates of a C&F that deadlines-service counts and announces, and this service shows on the step. */
    public enum StepDate {
        /** The assessment's due date, under the rule of its priority (10, 30 or 45 working days). */
        DUE,
        /** The day the supervisor is reminded to set the priority (5 working days after the start, 004). */
        PRIORITY_ALERT
    }

    /**
     * Which of the C&F's dates a deadline of {@code ruleId} announces, given the priority the step has now; empty
     * for a rule of another priority, whose announcement arrived after the priority was reset (the deadline it was
     * for is withdrawn, and its date no longer the step's), and for any other rule.
     */
    public static Optional<StepDate> dateSetBy(String ruleId, CfaPriority now) {
        if (PRIORITY_ALERT_RULE.equals(ruleId)) {
            return Optional.of(StepDate.PRIORITY_ALERT);
        }
        return now != null && now.ruleId().equals(ruleId) ? Optional.of(StepDate.DUE) : Optional.empty();
    }

    /** Why the priority cannot be reset to {@code asked}, or empty when it can. */
    public static Optional<Refusal> priorityChangeRefusal(StepState state, CfaPriority now, CfaPriority asked) {
        if (!state.inProgress()) {
            return Optional.of(Refusal.NOT_IN_PROGRESS);
        }
        if (now == asked) {
            return Optional.of(Refusal.UNCHANGED);
        }
        return Optional.empty();
    }

    /**
     * Why the worker cannot send an outcome for authorisation, or empty when they can. 004: "In Key Dates, the only box
     * you need to complete is Date the Assessment was Completed": it may not precede the start nor lie in the future.
     */
    public static Optional<Refusal> outcomeRefusal(StepState state, LocalDate start, LocalDate completed,
            LocalDate today) {
        if (state == StepState.AWAITING_AUTHORISATION) {
            return Optional.of(Refusal.AWAITING_AUTHORISATION);
        }
        if (state != StepState.OPEN) {
            return Optional.of(Refusal.NOT_IN_PROGRESS);
        }
        if (completed.isBefore(start) || completed.isAfter(today)) {
            return Optional.of(Refusal.COMPLETED_OUT_OF_RANGE);
        }
        return Optional.empty();
    }

    /**
     * What the assessment has opened: nothing until a manager has authorised the outcome (004; DOMAIN rule 20), then
     * what the outcome opens.
     */
    public static Optional<Opens> opened(StepState state, CfaOutcome outcome) {
        return state == StepState.DECIDED || state == StepState.ENDED
                ? Optional.of(outcome.opens())
                : Optional.empty();
    }
}
