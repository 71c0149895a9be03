package io.casework.visits.domain;

import io.casework.contracts.PlanType;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which recorded visits meet a child's statutory visit.
 *
 * <p>003 s.5b: "If the child is not seen it cannot be recorded as a statutory visit for that child." 004 (Failed
 * visits): "The failed visit is recorded by the worker as a visit (not stat visit)". case-notes-service marks such a
 * visit {@code statutory=false}; the child-seen test is applied here as well, so that a visit recorded as statutory
 * without the child having been seen can never close a statutory visit.
 */
public final class StatutoryVisitRule {

    private StatutoryVisitRule() {
    }

    public static boolean meetsStatutoryVisit(boolean childSeen, boolean recordedAsStatutory) {
        return childSeen && recordedAsStatutory;
    }

    /**
     * Which plans have statutory visits at a frequency. A care leaver is kept in touch with by KIT visits every two
     * months instead (004: "KIT visits"), a schedule of its own; early help is outside statutory social work.
     */
    public static boolean hasStatutoryVisits(PlanType planType) {
        return planType == PlanType.CIN || planType == PlanType.CP || planType == PlanType.CLA;
    }

    /**
     * A statutory visit that happened on or before the last one already counted (its note submitted late, or a
     * dead letter replayed) stays on the record but cannot complete the visit now waiting, nor move the schedule back.
     */
    public static boolean movesSchedule(LocalDate visitDate, Optional<LocalDate> lastCounted) {
        return lastCounted.map(visitDate::isAfter).orElse(true);
    }
}
