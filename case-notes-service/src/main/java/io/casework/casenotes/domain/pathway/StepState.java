package io.casework.casenotes.domain.pathway;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a step on the pathway stands, and which moves it may make.
 *
 * <p>OPEN while the work goes on; an outcome that needs a manager (DOMAIN rule 20: C&F and S47 outcomes, strategy
 * discussion decisions) takes it to AWAITING_AUTHORISATION, from where the manager's decision either DECIDES it or,
 * refused, returns it to OPEN for the worker to choose again. An outcome that needs no manager (the front door's
 * decision on a contact) decides the step at once. DECIDED is the moment the outcome opens what it opens; ENDED
 * closes the step for good; a step with no outcome (a plan, a placement, a meeting once held) goes from OPEN to
 * ENDED. Nothing goes back from DECIDED: undoing a decided outcome is a roll-back (004), which comes with a later
 * part and will be its own recorded act, not a silent change of state.
 */
public enum StepState {
    OPEN,
    AWAITING_AUTHORISATION,
    DECIDED,
    ENDED;

    private static final Map<StepState, Set<StepState>> MOVES = Map.of(
            OPEN, EnumSet.of(AWAITING_AUTHORISATION, DECIDED, ENDED),
            AWAITING_AUTHORISATION, EnumSet.of(OPEN, DECIDED),
            DECIDED, EnumSet.of(ENDED),
            ENDED, EnumSet.noneOf(StepState.class));

    /** Whether a step in this state may move to {@code next}. */
    public boolean mayBecome(StepState next) {
        return MOVES.get(this).contains(next);
    }

    /** True while the step's outcome is still to be chosen or authorised: only then may its dates and priority change. */
    public boolean inProgress() {
        return this == OPEN || this == AWAITING_AUTHORISATION;
    }
}
