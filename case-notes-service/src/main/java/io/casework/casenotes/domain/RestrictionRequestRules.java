package io.casework.casenotes.domain;

import io.casework.backbone.access.Relation;
import io.casework.backbone.access.Restriction;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may ask for a child's record to be restricted, or for its restriction to be lifted, and when a request makes no
 * sense (001 "Restricted Records": "Anyone in the child's management line may ask for a record to be restricted").
 *
 * <p>The child's management line, read from ACCESS-RULES.md's relations: the allocated worker and their supervisor
 * (who hold and oversee the case), the team's practice manager and team manager ("team-line") and the service area's
 * senior manager and head of service ("area-line"). Colleagues of the team who do not hold the case, IROs and the
 * adoption team manager are outside it: they review or support the case, they do not manage it. On a restricted
 * record only those of them on its list may ask (those off it cannot see the child at all); the head of service of
 * the child's area decides the restriction themself ({@code PUT .../restriction}) rather than asking themself.
 */
public final class RestrictionRequestRules {

    /** The relations that make up the child's management line. */
    public static final Set<Relation> MANAGEMENT_LINE = EnumSet.of(Relation.ALLOCATED, Relation.SUPERVISOR,
            Relation.TEAM_LINE, Relation.AREA_LINE);

    /** Why a request cannot be made. */
    public enum Refusal {
        /** The caller is not in the child's management line, or is off the restricted record's list. */
        NOT_IN_LINE,
        /** The caller decides restrictions of this child themself. */
        DECIDES_DIRECTLY,
        /** The record is restricted so already. */
        UNCHANGED,
        /** Another request for the child waits for the head of service. */
        ALREADY_REQUESTED
    }

    private RestrictionRequestRules() {
    }

    /** Whether someone with these relations to the child, on or off its list, may ask. */
    public static boolean mayAsk(Set<Relation> relations, boolean offRestrictedList) {
        return !offRestrictedList && relations.stream().anyMatch(MANAGEMENT_LINE::contains);
    }

    /**
     * Why the request cannot be made, checked in this order (the right to ask first, so that the answer to someone
     * without it says nothing about the record), or empty when it can.
     */
    public static Optional<Refusal> refusal(boolean mayAsk, boolean headOfServiceOfArea, Restriction now,
            Restriction asked, boolean pending) {
        if (!mayAsk) {
            return Optional.of(Refusal.NOT_IN_LINE);
        }
        if (headOfServiceOfArea) {
            return Optional.of(Refusal.DECIDES_DIRECTLY);
        }
        if (now == asked) {
            return Optional.of(Refusal.UNCHANGED);
        }
        if (pending) {
            return Optional.of(Refusal.ALREADY_REQUESTED);
        }
        return Optional.empty();
    }
}
