package io.casework.casenotes.domain.pathway;

import io.casework.contracts.PathwayStepKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules every step of the pathway follows, whatever its kind (004 "Case Pathway"): where it may stand, when it may
 * be scheduled, held, decided and ended. Plain Java: the service turns each refusal into its problem response, and the
 * tests call the rules without a server.
 */
public final class PathwayRules {

    /** Why an act on a step is refused. */
    public enum Refusal {
        /** Only an outcome opens this kind (an S47 enquiry, a conference, a CP plan), or it has its own endpoint. */
        NOT_STARTABLE,
        /** The kind is part of another step (a placement of a looked-after episode) and none was named. */
        PART_OF_REQUIRED,
        /** The step named to be part of is not of a kind this one belongs to, or this kind stands alone. */
        PART_OF_WRONG_KIND,
        /** The step named to be part of has ended. */
        PART_OF_ENDED,
        /** A date before the step (or what it is part of) started, or after today. */
        DATE_OUT_OF_RANGE,
        /** Scheduling or holding a step that is not a meeting. */
        NOT_A_MEETING,
        /** The meeting was held already: its record stands. */
        HELD_ALREADY,
        /** A conference or looked-after review is held with its chair named. */
        CHAIR_REQUIRED,
        /** The kind has no outcomes: it ends instead. */
        NO_OUTCOMES,
        /** A meeting's outcome is decided once it has been held. */
        NOT_HELD,
        /** An outcome already waits for a manager. */
        AWAITING_AUTHORISATION,
        /** The outcome took effect or the step ended. */
        NOT_IN_PROGRESS,
        /** A kind with outcomes ends only once its outcome took effect. */
        OUTCOME_FIRST,
        /** The step has ended already. */
        ENDED
    }

    private PathwayRules() {
    }

    /**
     * Why a worker may not start a step of this kind directly, part of {@code partOf} (null when standing alone), or
     * empty when they may. {@code start} may not lie in the future nor before what it is part of.
     */
    public static Optional<Refusal> startRefusal(StepKindRules rules, PathwayStepKind partOfKind,
            StepState partOfState, LocalDate partOfStart, LocalDate start, LocalDate today) {
        if (!rules.startable()) {
            return Optional.of(Refusal.NOT_STARTABLE);
        }
        if (partOfKind == null) {
            return rules.needsPartOf() ? Optional.of(Refusal.PART_OF_REQUIRED) : dateRefusal(start, null, today);
        }
        if (!rules.partOf().contains(partOfKind)) {
            return Optional.of(Refusal.PART_OF_WRONG_KIND);
        }
        if (partOfState == StepState.ENDED) {
            return Optional.of(Refusal.PART_OF_ENDED);
        }
        return dateRefusal(start, partOfStart, today);
    }

    /** Why a meeting may not be scheduled for {@code at} (London's date {@code day}), or empty. */
    public static Optional<Refusal> scheduleRefusal(StepKindRules rules, StepState state, Instant heldAt,
            LocalDate start, LocalDate day) {
        if (!rules.meeting()) {
            return Optional.of(Refusal.NOT_A_MEETING);
        }
        if (state == StepState.ENDED) {
            return Optional.of(Refusal.ENDED);
        }
        if (heldAt != null) {
            return Optional.of(Refusal.HELD_ALREADY);
        }
        return day.isBefore(start) ? Optional.of(Refusal.DATE_OUT_OF_RANGE) : Optional.empty();
    }

    /**
     * Why a meeting may not be recorded as held at {@code heldAt} (London's date {@code day}), or empty: not in the
     * future ({@code now}) nor before the step started.
     */
    public static Optional<Refusal> heldRefusal(StepKindRules rules, StepState state, Instant alreadyHeld,
            String chair, LocalDate start, Instant heldAt, LocalDate day, Instant now) {
        if (!rules.meeting()) {
            return Optional.of(Refusal.NOT_A_MEETING);
        }
        if (state == StepState.ENDED) {
            return Optional.of(Refusal.ENDED);
        }
        if (alreadyHeld != null) {
            return Optional.of(Refusal.HELD_ALREADY);
        }
        if (rules.needsChair() && (chair == null || chair.isBlank())) {
            return Optional.of(Refusal.CHAIR_REQUIRED);
        }
        return heldAt.isAfter(now) || day.isBefore(start) ? Optional.of(Refusal.DATE_OUT_OF_RANGE) : Optional.empty();
    }

    /** Why an outcome may not be given now, completed on {@code completed}, or empty. */
    public static Optional<Refusal> outcomeRefusal(StepKindRules rules, StepState state, Instant heldAt,
            LocalDate start, LocalDate completed, LocalDate today) {
        if (rules.outcomes().isEmpty()) {
            return Optional.of(Refusal.NO_OUTCOMES);
        }
        if (state == StepState.AWAITING_AUTHORISATION) {
            return Optional.of(Refusal.AWAITING_AUTHORISATION);
        }
        if (state != StepState.OPEN) {
            return Optional.of(Refusal.NOT_IN_PROGRESS);
        }
        if (rules.meeting() && heldAt == null) {
            return Optional.of(Refusal.NOT_HELD);
        }
        return dateRefusal(completed, start, today);
    }

    /** Why a step may not end on {@code end}, or empty. */
    public static Optional<Refusal> endRefusal(StepKindRules rules, StepState state, LocalDate start, LocalDate end,
            LocalDate today) {
        if (state == StepState.ENDED) {
            return Optional.of(Refusal.ENDED);
        }
        if (state == StepState.AWAITING_AUTHORISATION) {
            return Optional.of(Refusal.AWAITING_AUTHORISATION);
        }
        if (!rules.outcomes().isEmpty() && state != StepState.DECIDED) {
            return Optional.of(Refusal.OUTCOME_FIRST);
        }
        return dateRefusal(end, start, today);
    }

    private static Optional<Refusal> dateRefusal(LocalDate date, LocalDate notBefore, LocalDate today) {
        return date.isAfter(today) || (notBefore != null && date.isBefore(notBefore))
                ? Optional.of(Refusal.DATE_OUT_OF_RANGE)
                : Optional.empty();
    }
}
