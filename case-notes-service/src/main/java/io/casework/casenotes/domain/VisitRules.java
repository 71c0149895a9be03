package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;
import io.casework.contracts.PlanType;

import java.util.ArrayList;
import java.util.List;

/** What a visit record must hold before it can be submitted or finalised. Each message names its source. */
public final class VisitRules {

    private VisitRules() {
    }

    public static List<Violation> check(NoteType type, PlanType plan, boolean unborn, VisitSection visit) {
        List<Violation> violations = new ArrayList<>();
        if (!type.visit()) {
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
        statutoryVisitKind(type, unborn, visit, violations);
        if (unborn) {
            // 002 s.6: the "Seen" and "Seen alone" tabs are not used about an unborn baby; the note says instead how
            // the pregnancy is progressing.
            if (visit.childSeen() != null) {
                violations.add(new Violation("visit.childSeen", "002 s.6: an unborn child cannot be seen; leave "
                        + "\"seen\" out and record how the pregnancy is progressing"));
            }
            if (visit.seenAlone() != null) {
                violations.add(new Violation("visit.seenAlone", "002 s.6: an unborn child cannot be seen alone; "
                        + "leave \"seen alone\" out"));
            }
            return violations;
        }
        if (visit.childSeen() == null) {
            violations.add(new Violation("visit.childSeen", "003 s.5b: record whether the child was seen"));
            return violations;
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
        if (type == NoteType.HOME_VISIT_NO_ACCESS) {
            violations.add(new Violation("visit.childSeen", "003 s.5b: a home visit with no access did not see the "
                    + "child; a visit where the child was seen is a VISIT or a STATUTORY_VISIT"));
        }
        if (visit.seenAlone() == null) {
            violations.add(new Violation("visit.seenAlone", "003 s.5b: record whether the child was seen alone"));
        } else if (!visit.seenAlone()) {
            require(violations, visit.notSeenAloneReason(), "visit.notSeenAloneReason",
                    "003 s.5b: record why the child was not seen alone");
        }
        if (type == NoteType.STATUTORY_VISIT && bedroomSeenRecorded(plan, visit.statutoryVisit())
                && visit.bedroomSeen() == null) {
            violations.add(new Violation("visit.bedroomSeen",
                    "003 s.5b: record whether the bedroom was seen on a CP or CLA visit"));
        }
        return violations;
    }

    private static void statutoryVisitKind(NoteType type, boolean unborn, VisitSection visit,
                                           List<Violation> violations) {
        if (type != NoteType.STATUTORY_VISIT) {
            if (visit.statutoryVisit() != null) {
                violations.add(new Violation("visit.statutoryVisit", "only a STATUTORY_VISIT says which statutory "
                        + "visit it is"));
            }
            return;
        }
        if (unborn) {
            violations.add(new Violation("noteType", "002 s.6 and 003 s.5b: an unborn child cannot be seen, so a "
                    + "visit about them is not a statutory visit; record it as a VISIT"));
        }
        if (visit.statutoryVisit() == null) {
            violations.add(new Violation("visit.statutoryVisit", "003 s.5b: say which statutory visit this is: CP, "
                    + "CLA, CIN or PRIVATE_FOSTERING"));
        }
    }

    static void require(List<Violation> violations, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, message));
        }
    }

    /**
     * 003 s.5b g: the bedroom is seen on a visit to a child on a child protection plan or looked after, whichever
     * statutory visit the note says it is.
     */
    static boolean bedroomSeenRecorded(PlanType plan, StatutoryVisitKind kind) {
        return plan == PlanType.CP || plan == PlanType.CLA || (kind != null && kind.bedroomSeenRecorded());
    }

    /** A visit counts as the statutory visit only when it is one and the child was seen (003 s.5b, 004). */
    public static boolean isStatutory(NoteType type, VisitSection visit) {
        return type == NoteType.STATUTORY_VISIT && visit != null && visit.childWasSeen();
    }
}
