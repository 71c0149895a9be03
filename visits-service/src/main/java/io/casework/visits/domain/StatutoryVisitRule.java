package io.casework.visits.domain;

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
}
