package io.casework.visits.domain;

import io.casework.contracts.PlanType;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from what caused them, never random: a read model rebuilt by replaying the topics gives every plan and
 * planned visit the id it had before, so deadlines-service, which tracks visits by id, sees the same visits again.
 */
public final class VisitIds {

    private VisitIds() {
    }

    public static UUID plan(UUID childId, PlanType planType) {
        return derive("plan", childId, planType.name());
    }

    /** The plan of visits a pathway step (a placement, a plan, an arrangement, an eligibility) is the basis of. */
    public static UUID planOfStep(UUID stepId) {
        return derive("plan-step", stepId, "");
    }

    /** The first visit of a plan, counted from its start. */
    public static UUID firstVisit(UUID planId) {
        return derive("first-visit", planId, "");
    }

    /** The visit planned after the statutory visit recorded on a case note. */
    public static UUID visitAfter(UUID noteId) {
        return derive("visit-after", noteId, "");
    }

    private static UUID derive(String kind, UUID from, String detail) {
        return UUID.nameUUIDFromBytes((kind + ":" + from + ":" + detail).getBytes(StandardCharsets.UTF_8));
    }
}
