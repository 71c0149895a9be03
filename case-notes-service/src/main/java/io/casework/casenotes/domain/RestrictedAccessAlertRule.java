package io.casework.casenotes.domain;

import io.casework.backbone.access.Restriction;

/**
 * Which refused accesses reach the manager for the area as an alert (001 "Restricted Records"; ACCESS-RULES.md
 * "Restricted child": "Anyone else is refused, and the attempt reaches the manager for the area"): a refusal of someone
 * off a restricted record's list. A refusal of someone on the list (a write their relation does not allow, say) is the
 * access table at work, not an attempt on the restriction; an unrestricted record has no list to be off.
 */
public final class RestrictedAccessAlertRule {

    /** The access log's word for a refusal. */
    public static final String REFUSED = "REFUSED";

    private RestrictedAccessAlertRule() {
    }

    public static boolean alerts(String outcome, Restriction restriction, boolean offList) {
        return REFUSED.equals(outcome) && restriction != Restriction.NONE && offList;
    }
}
