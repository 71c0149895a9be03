package io.casework.casenotes.domain.pathway;

import io.casework.contracts.PathwayStepKind;

import java.util.List;

/**
 * What an outcome will open on the pathway once it takes effect, and whether it ends the case's involvement: what the
 * API shows before a manager authorises (004 "Completing a C&F Assessment": "If the wrong outcome is selected and
 * then the manager approves it, the wrong pathway will be opened").
 *
 * @param steps the steps it opens, in the order they follow
 * @param closesCase true when nothing follows: the case closes and "cannot progress" (004's example)
 */
public record Opens(List<PathwayStepKind> steps, boolean closesCase) {

    public Opens {
        steps = List.copyOf(steps);
        if (closesCase && !steps.isEmpty()) {
            throw new IllegalArgumentException("an outcome that closes the case opens nothing");
        }
    }

    static Opens nothingCloses() {
        return new Opens(List.of(), true);
    }

    /** Opens nothing, and the case goes on: what was open stays open (a review conference continuing the plan). */
    static Opens nothingOpen() {
        return new Opens(List.of(), false);
    }

    static Opens step(PathwayStepKind kind) {
        return new Opens(List.of(kind), false);
    }
}
