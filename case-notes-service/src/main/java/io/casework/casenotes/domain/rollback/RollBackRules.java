package io.casework.casenotes.domain.rollback;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a roll-back of a child's record takes out of the current record, and when it cannot be asked for or commented
 * on (000 "Practice Guidance on EHM and LCS Roll-Backs").
 *
 * <p>A roll-back winds the record back to a date: the pathway steps started after it leave the current record. Unlike
 * the roll-backs 000 describes, they are not lost ("The documents that are lost in the roll-back process must still
 * be available to the allocated worker in order for them to be re-added"): they stay held, marked with the roll-back,
 * and each can be re-added. The line manager comments before the head of service decides ("Any worker who believes
 * it is necessary to roll back a child's record should speak to their line-manager").
 */
public final class RollBackRules {

    /** A step of the current record as the rules need it: its id, kind and start date. */
    public record Step(UUID id, String kind, LocalDate startDate) {
    }

    /** Why a roll-back cannot be asked for. */
    public enum RequestRefusal {
        /** The date is after today: a record cannot be wound back to a point not reached yet. */
        FUTURE_DATE,
        /** No step of the current record started after the date: there is nothing to roll back. */
        NOTHING_TO_ROLL_BACK,
        /**
         * A step it would take out waits for a manager's authorisation of its outcome: the decision would land on a
         * step no longer in the current record. The outcome is decided (or returned) first.
         */
        STEP_AWAITING_AUTHORISATION,
        /** Another request for the child waits for the line manager or the head of service. */
        ALREADY_REQUESTED
    }

    /** Why the line manager's comments cannot be recorded. */
    public enum CommentRefusal {
        /** The request has its manager's comments already and has gone to the head of service (or been decided). */
        ALREADY_COMMENTED,
        /** The requester comments on nobody's request but a colleague's: the manager's view is a second view. */
        OWN_REQUEST
    }

    private RollBackRules() {
    }

    /** The steps a roll-back to {@code to} takes out of the current record: those started after it, oldest first. */
    public static List<Step> stepsAfter(List<Step> current, LocalDate to) {
        return current.stream().filter(step -> step.startDate().isAfter(to))
                .sorted(Comparator.comparing(Step::startDate).thenComparing(Step::id)).toList();
    }

    /**
     * Why a roll-back to {@code to} cannot be asked for today, in this order, or empty when it can; {@code
     * awaitingAuthorisation} names the current steps whose outcome waits for a manager.
     */
    public static Optional<RequestRefusal> requestRefusal(LocalDate to, LocalDate today, List<Step> current,
            Set<UUID> awaitingAuthorisation, boolean waiting) {
        if (to.isAfter(today)) {
            return Optional.of(RequestRefusal.FUTURE_DATE);
        }
        List<Step> after = stepsAfter(current, to);
        if (after.isEmpty()) {
            return Optional.of(RequestRefusal.NOTHING_TO_ROLL_BACK);
        }
        if (after.stream().anyMatch(step -> awaitingAuthorisation.contains(step.id()))) {
            return Optional.of(RequestRefusal.STEP_AWAITING_AUTHORISATION);
        }
        if (waiting) {
            return Optional.of(RequestRefusal.ALREADY_REQUESTED);
        }
        return Optional.empty();
    }

    /** Why {@code manager} cannot comment on a request in {@code state} made by {@code requester}, or empty. */
    public static Optional<CommentRefusal> commentRefusal(RollBackState state, String requester, String manager) {
        if (state != RollBackState.AWAITING_MANAGER) {
            return Optional.of(CommentRefusal.ALREADY_COMMENTED);
        }
        if (requester.equals(manager)) {
            return Optional.of(CommentRefusal.OWN_REQUEST);
        }
        return Optional.empty();
    }
}
