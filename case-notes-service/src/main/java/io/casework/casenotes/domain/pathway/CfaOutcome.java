package io.casework.casenotes.domain.pathway;

import io.casework.contracts.PathwayStepKind;

/**
 * The worker's outcome of a Child and Family Assessment (004 "Completing a C&F Assessment"), and what each opens once
 * a manager authorises it (DOMAIN rule 20).
 *
 * <p>There is no "strategy discussion" outcome on purpose: 004 says "Do not outcome the C&F if a strategy discussion
 * is to take place; it will trigger another C&F unless you already have one open". A strategy discussion is started
 * beside the open assessment, which stays open.
 */
public enum CfaOutcome {
    /** 004: "If it is going to Child in Need select 'Create Child in Need Plan'". */
    CHILD_IN_NEED_PLAN(Opens.step(PathwayStepKind.CHILD_IN_NEED_PLAN)),
    EARLY_HELP(Opens.step(PathwayStepKind.EARLY_HELP_EPISODE)),
    LOOKED_AFTER(Opens.step(PathwayStepKind.LOOKED_AFTER_EPISODE)),
    /** 004's warning: "if the decision is CIN, but the outcome selected is 'other actions' the case will close". */
    OTHER_ACTIONS(Opens.nothingCloses()),
    NO_FURTHER_ACTION(Opens.nothingCloses());

    private final Opens opens;

    CfaOutcome(Opens opens) {
        this.opens = opens;
    }

    /** What this outcome will open once authorised: shown before authorisation, recorded when it takes effect. */
    public Opens opens() {
        return opens;
    }
}
