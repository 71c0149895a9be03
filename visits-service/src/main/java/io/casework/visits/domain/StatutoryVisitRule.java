package io.casework.visits.domain;

import io.casework.contracts.PlanType;
import io.casework.contracts.VisitKind;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which recorded visits meet a child's statutory visit, and which are failed visits.
 *
 * <p>003 s.5b: "If the child is not seen it cannot be recorded as a statutory visit for that child." 004 (Failed
 * visits): "The failed visit is recorded by the worker as a visit (not stat visit)". case-notes-service marks such a
 * visit {@code statutory=false}; the child-seen test is applied here as well, so that a visit recorded as statutory
 * without the child having been seen can never close a statutory visit. An unborn child is never "seen" (002 s.6:
 * the seen tabs are not used about an unborn baby): the statutory visit to the mother is the child's visit.
 */
public final class StatutoryVisitRule {

    private StatutoryVisitRule() {
    }

    public static boolean meetsStatutoryVisit(VisitFacts facts) {
        return facts.statutory() && (facts.childSeen() || facts.unborn());
    }

    /**
     * A visit that did not see a child who could have been seen: the start, or the next step, of failed access (004
     * "Failed visits"). A visit to the mother of an unborn child is not one.
     */
    public static boolean failed(VisitFacts facts) {
        return !facts.childSeen() && !facts.unborn();
    }

    /**
     * The visits a child registered on a plan type is owed, before any pathway step says more; early help is outside
     * statutory social work and has none.
     */
    public static Optional<VisitKind> kindFor(PlanType planType) {
        return Optional.ofNullable(switch (planType) {
            case CP -> VisitKind.CP;
            case CLA -> VisitKind.CLA;
            case CIN -> VisitKind.CIN;
            case CARE_LEAVER -> VisitKind.CARE_LEAVER_KIT;
            case EARLY_HELP -> null;
        });
    }

    /**
     * A statutory visit that happened on or before the last one already counted (its note submitted late, or a
     * dead letter replayed) stays on the record but cannot complete the visit now waiting, nor move the schedule back.
     */
    public static boolean movesSchedule(LocalDate visitDate, Optional<LocalDate> lastCounted) {
        return lastCounted.map(visitDate::isAfter).orElse(true);
    }
}
