package io.casework.casenotes.domain.pathway;

/**
 * One outcome a step may have, and what it does once it takes effect: the steps it opens, whether nothing follows and
 * the case closes, and whether it ends the step this one is part of (a review conference ending the CP plan).
 *
 * @param name the outcome's name on the wire
 * @param opens what it opens, shown before it is chosen or authorised (004 "Completing a C&F Assessment")
 * @param endsPartOf true when it ends the step this one is part of
 */
public record StepOutcome(String name, Opens opens, boolean endsPartOf) {

    static StepOutcome of(String name, Opens opens) {
        return new StepOutcome(name, opens, false);
    }
}
