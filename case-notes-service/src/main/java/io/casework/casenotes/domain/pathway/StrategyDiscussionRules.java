package io.casework.casenotes.domain.pathway;

import io.casework.contracts.ParticipantAgency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When a strategy discussion is compliant (004 "Strategy Discussions": "To be compliant, Strategy Discussions must be:
 * held within 24 hours of a new referral OR the incident that has prompted the need for strategy discussion; Include
 * a CSC Manager; Include a Police representative; Include a Health representative"). A discussion that is not is still
 * recorded, and flagged with each reason, so that managers and audits see it.
 */
public final class StrategyDiscussionRules {

    /** 004: "within 24 hours"; counted in hours, not working days: a child at risk does not wait for Monday. */
    static final Duration WITHIN = Duration.ofHours(24);

    /** Why a held strategy discussion is not compliant. */
    public enum NonCompliance {
        HELD_AFTER_24_HOURS,
        NO_CSC_MANAGER,
        NO_POLICE,
        NO_HEALTH
    }

    /** One who took part, as far as compliance asks: their agency and, for social care, whether a manager. */
    public record Taking(ParticipantAgency agency, boolean manager) {
    }

    private StrategyDiscussionRules() {
    }

    /** What made the discussion not compliant, in the order 004 lists them; empty when it was compliant. */
    public static List<NonCompliance> nonCompliance(Instant promptedAt, Instant heldAt, Collection<Taking> took) {
        List<NonCompliance> reasons = new ArrayList<>();
        if (heldAt.isAfter(promptedAt.plus(WITHIN))) {
            reasons.add(NonCompliance.HELD_AFTER_24_HOURS);
        }
        if (took.stream().noneMatch(t -> t.agency() == ParticipantAgency.CHILDRENS_SOCIAL_CARE && t.manager())) {
            reasons.add(NonCompliance.NO_CSC_MANAGER);
        }
        if (took.stream().noneMatch(t -> t.agency() == ParticipantAgency.POLICE)) {
            reasons.add(NonCompliance.NO_POLICE);
        }
        if (took.stream().noneMatch(t -> t.agency() == ParticipantAgency.HEALTH)) {
            reasons.add(NonCompliance.NO_HEALTH);
        }
        return List.copyOf(reasons);
    }
}
