package io.casework.casenotes.domain.pathway;

import io.casework.contracts.PathwayStepKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The front door's (CART's) decision on a contact or a referral (DOMAIN.md "CART: the front door team that takes
 * contacts and referrals"), and what each opens.
 *
 * <p>A contact may become a referral; a referral, once accepted by social care, leads to a Child and Family
 * Assessment or, where there is reasonable cause to suspect significant harm, a strategy discussion (DOMAIN.md: held
 * within 24 hours of the referral). Either may end at the door: no further action, information and advice, or a
 * step down to Early Help. The front door's decision is recorded by CART and needs no second manager: the
 * decisions that do (DOMAIN rule 20) begin with the C&F's outcome.
 */
public enum FrontDoorDecision {
    NO_FURTHER_ACTION(Opens.nothingCloses(), EnumSet.of(PathwayStepKind.CONTACT, PathwayStepKind.REFERRAL)),
    INFORMATION_AND_ADVICE(Opens.nothingCloses(), EnumSet.of(PathwayStepKind.CONTACT, PathwayStepKind.REFERRAL)),
    EARLY_HELP(Opens.step(PathwayStepKind.EARLY_HELP_EPISODE), EnumSet.of(PathwayStepKind.CONTACT, PathwayStepKind.REFERRAL)),
    /** A contact becomes a referral to children's social care. */
    REFERRAL_TO_SOCIAL_CARE(Opens.step(PathwayStepKind.REFERRAL), EnumSet.of(PathwayStepKind.CONTACT)),
    /** 004 "Setting A Due Date (Priority) for New C&F": "a C&F assessment is required". */
    CF_ASSESSMENT(Opens.step(PathwayStepKind.CF_ASSESSMENT), EnumSet.of(PathwayStepKind.REFERRAL)),
    STRATEGY_DISCUSSION(Opens.step(PathwayStepKind.STRATEGY_DISCUSSION), EnumSet.of(PathwayStepKind.REFERRAL));

    private final Opens opens;
    private final Set<PathwayStepKind> decides;

    FrontDoorDecision(Opens opens, Set<PathwayStepKind> decides) {
        this.opens = opens;
        this.decides = decides;
    }

    /** What this decision opens. */
    public Opens opens() {
        return opens;
    }

    /** Whether this decision can be made on a step of this kind (a contact is not sent to a C&F directly). */
    public boolean decides(PathwayStepKind kind) {
        return decides.contains(kind);
    }
}
