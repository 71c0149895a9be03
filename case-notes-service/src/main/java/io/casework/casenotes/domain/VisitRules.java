package io.casework.casenotes.domain;

import io.casework.contracts.PlanType;
import java.util.ArrayList;
import java.util.List;

/** What a visit record must hold before it can be submitted or finalised. Each message names its source. */
public final class VisitRules {

    private VisitRules() {
    }

    /** A field the record lacks or gets wrong, and why. */
    public record Violation(String field, String message) {
    }

    public static List<Violation> check(NoteType type, PlanType plan, boolean unborn, VisitSection visit) {
        List<Violation> violations = new ArrayList<>();
        if (!type.hasVisitSection()) {
            if (visit != null) {
                violations.add(new Violation("visit", "only visit notes carry a visit section"));
            }
            return violations;
        }
        if (visit == null) {
            violations.add(new Violation("visit", "a visit note needs its visit section (001 \"Recording Visits\")"));
            return violations;
        }
        require(violations, visit.venue(), "visit.venue", "001 \"Recording Visits\": record where the visit took place");
        require(violations, visit.purpose(), "visit.purpose", "001 \"Recording Visits\": record the purpose of the visit");
        if (visit.childSeen() == null) {
            violations.add(new Violation("visit.childSeen", "003 s.5b: record whether the child was seen"));
            return violations;
        }
        if (unborn && visit.childWasSeen()) {
            violations.add(new Violation("visit.childSeen", "002 s.6: an unborn child cannot be seen"));
        }
        if (!visit.childWasSeen()) {
            require(violations, visit.childNotSeenReason(), "visit.childNotSeenReason",
                    "003 s.5b: record why the child was not seen");
            if (type == NoteType.STATUTORY_VISIT) {
                violations.add(new Violation("noteType", "003 s.5b and 004: a visit where the child was not seen is "
                        + "not a statutory visit; record it as a VISIT"));
            }
            return violations;
        }
        if (visit.seenAlone() == null) {
            violations.add(new Violation("visit.seenAlone", "003 s.5b: record whether the child was seen alone"));
        } else if (!visit.seenAlone()) {
            require(violations, visit.notSeenAloneReason(), "visit.notSeenAloneReason",
                    "003 s.5b: record why the child was not seen alone");
        }
        if (type == NoteType.STATUTORY_VISIT && bedroomSeenRecorded(plan) && visit.bedroomSeen() == null) {
            violations.add(new Violation("visit.bedroomSeen",
                    "003 s.5b: record whether the bedroom was seen on a CP or CLA visit"));
        }
        return violations;
    }

    private static void require(List<Violation> violations, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, message));
        }
    }

    /** 003 s.5b: whether the child's bedroom was seen is recorded for CP and CLA visits. */
    static boolean bedroomSeenRecorded(PlanType plan) {
        return plan == PlanType.CP || plan == PlanType.CLA;
    }

    /** A visit counts as the statutory visit only when it is one and the child was seen (003 s.5b, 004). */
    public static boolean isStatutory(NoteType type, VisitSection visit) {
        return type == NoteType.STATUTORY_VISIT && visit != null && visit.childWasSeen();
    }
}
