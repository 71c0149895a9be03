package io.casework.casenotes.domain.closure;

import io.casework.casenotes.domain.pathway.StepState;
import io.casework.contracts.PathwayStepKind;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * When a child's case may be closed (002 s.12 "Case Closures"; DOMAIN.md rule 11). Plain Java: the service turns each
 * refusal into its problem response, and the tests call the rules without a server.
 */
public final class ClosureRules {

    /**
     * 002 s.12: "a child's case should remain allocated as a 'child in need' for a minimum of three months from the
     * date of the child protection conference where the decision was made to cease the child protection plan".
     */
    public static final int CHILD_IN_NEED_MONTHS_AFTER_PLAN = 3;

    /** Why a closure cannot start, or be submitted. */
    public enum Reason {
        /** "A case cannot be closed while the child is subject to a child protection plan". */
        CHILD_PROTECTION_PLAN_OPEN,
        /** DOMAIN rule 11: never while the child is looked after. */
        LOOKED_AFTER,
        /** The CP plan ended less than three months ago: the child stays open as a child in need until then. */
        CHILD_IN_NEED_AFTER_PLAN,
        /** DOMAIN rule 11: "a care leaver stays open while entitled to leaving care support". */
        CARE_LEAVER_ENTITLED,
        /** Another closure of the child is being worked through or waits for the manager. */
        CLOSURE_GOING,
        /** A worker's step of the checklist is not done yet. */
        STEPS_NOT_DONE
    }

    /**
     * A refusal: why, the step of the child's pathway that stands in the way (null when none does), and for a plan
     * that ended recently the first day the case may close.
     */
    public record Refusal(Reason reason, java.util.UUID stepId, LocalDate until) {
    }

    /**
     * A step of the child's pathway as the rules need it: its kind and state, and for an ended CP plan the date it
     * ended and the date of the review conference that ended it (null when it was ended directly: then the plan's own
     * end date counts).
     */
    public record PathwayFact(java.util.UUID stepId, PathwayStepKind kind, StepState state, LocalDate endDate,
            LocalDate endingConference) {

        boolean going() {
            return state != StepState.ENDED;
        }

        /** The day from which the three months run: the conference that ended the plan, else the plan's end. */
        LocalDate ceased() {
            return endingConference != null ? endingConference : endDate;
        }
    }

    private ClosureRules() {
    }

    /**
     * Why the case may not be closed today, or empty when it may: a CP plan or a looked-after episode going on, a CP
     * plan ended less than three months before today (counted from the conference that ended it), a care leaver's
     * eligibility for support going on, or another closure of the child going already.
     */
    public static Optional<Refusal> startRefusal(Collection<PathwayFact> pathway, boolean closureGoing,
            LocalDate today) {
        for (PathwayFact step : pathway) {
            if (step.going() && step.kind() == PathwayStepKind.CHILD_PROTECTION_PLAN) {
                return Optional.of(new Refusal(Reason.CHILD_PROTECTION_PLAN_OPEN, step.stepId(), null));
            }
        }
        for (PathwayFact step : pathway) {
            if (step.going() && step.kind() == PathwayStepKind.LOOKED_AFTER_EPISODE) {
                return Optional.of(new Refusal(Reason.LOOKED_AFTER, step.stepId(), null));
            }
        }
        Optional<Refusal> recentPlan = pathway.stream()
                .filter(step -> !step.going() && step.kind() == PathwayStepKind.CHILD_PROTECTION_PLAN)
                .filter(step -> step.ceased() != null)
                .max(Comparator.comparing(PathwayFact::ceased))
                .map(step -> new Refusal(Reason.CHILD_IN_NEED_AFTER_PLAN, step.stepId(),
                        step.ceased().plusMonths(CHILD_IN_NEED_MONTHS_AFTER_PLAN)))
                .filter(refusal -> today.isBefore(refusal.until()));
        if (recentPlan.isPresent()) {
            return recentPlan;
        }
        for (PathwayFact step : pathway) {
            if (step.going() && step.kind() == PathwayStepKind.LEAVING_CARE_ELIGIBILITY) {
                return Optional.of(new Refusal(Reason.CARE_LEAVER_ENTITLED, step.stepId(), null));
            }
        }
        if (closureGoing) {
            return Optional.of(new Refusal(Reason.CLOSURE_GOING, null, null));
        }
        return Optional.empty();
    }

    /**
     * Why the closure may not go to the manager, or empty when it may: every worker's step done (002 s.12 steps 1-2
     * and 4-8), and the child's pathway still allowing closure, as it may have changed since the closure started.
     */
    public static Optional<Refusal> submitRefusal(Set<ClosureStep> done, Collection<PathwayFact> pathway,
            LocalDate today) {
        if (!done.containsAll(ClosureStep.workers())) {
            return Optional.of(new Refusal(Reason.STEPS_NOT_DONE, null, null));
        }
        return startRefusal(pathway, false, today);
    }
}
