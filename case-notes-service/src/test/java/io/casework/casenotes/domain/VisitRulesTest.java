package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;
import io.casework.contracts.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VisitRulesTest {

    static VisitSection seen(StatutoryVisitKind kind, Boolean alone, String notAloneReason, Boolean bedroom) {
        return new VisitSection(kind, "Family home", List.of("Mother", "Child"), "Statutory visit", false,
                LocalTime.of(10, 0), 60, true, null, alone, notAloneReason, bedroom, null, "Analysis",
                List.of("Next visit booked"));
    }

    static VisitSection notSeen(StatutoryVisitKind kind) {
        return new VisitSection(kind, "Family home", List.of(), "Statutory visit", true, LocalTime.of(10, 0), 10,
                false, "No answer at the door", null, null, null, null, null, List.of());
    }

    /** A visit to an unborn child's family: seen and seen alone left out (002 s.6). */
    static VisitSection pregnancyVisit(Boolean seen, Boolean alone) {
        return new VisitSection(null, "Family home", List.of("Mother"), "Pre-birth visit", true, LocalTime.of(10, 0),
                45, seen, null, alone, null, null, null, "Pregnancy progressing well", List.of());
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Nested
    @DisplayName("003 s.5b: what a visit record holds")
    class Contents {

        @Test
        @DisplayName("001 Recording Visits / 003 s.5b: a complete CP statutory visit passes")
        void completeVisitPasses() {
            assertThat(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CP, false,
                    seen(StatutoryVisitKind.CP, true, null, true))).isEmpty();
        }

        @Test
        @DisplayName("003 s.5b: whether the child was seen alone is recorded, and why not")
        void seenAloneAndWhyNot() {
            assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false,
                    seen(StatutoryVisitKind.CIN, null, null, null)))).containsExactly("visit.seenAlone");
            assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false,
                    seen(StatutoryVisitKind.CIN, false, " ", null)))).containsExactly("visit.notSeenAloneReason");
            assertThat(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false,
                    seen(StatutoryVisitKind.CIN, false, "Child asked for mother to stay", null))).isEmpty();
        }

        @Test
        @DisplayName("003 s.5b: a visit where the child was not seen says why")
        void notSeenNeedsAReason() {
            VisitSection noReason = new VisitSection(null, "Home", List.of(), "Visit", true, null, null, false, null,
                    null, null, null, null, null, List.of());
            assertThat(fields(VisitRules.check(NoteType.VISIT, PlanType.CIN, false, noReason)))
                    .containsExactly("visit.childNotSeenReason");
        }

        @Test
        @DisplayName("001 Recording Visits: venue and purpose are recorded; a visit note needs its visit section")
        void venueAndPurpose() {
            VisitSection bare = new VisitSection(StatutoryVisitKind.CP, null, null, "", null, null, null, true, null,
                    true, null, true, null, null, null);
            assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CP, false, bare)))
                    .containsExactly("visit.venue", "visit.purpose");
            assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CP, false, null)))
                    .containsExactly("visit");
            assertThat(fields(VisitRules.check(NoteType.CASE_NOTE, PlanType.CP, false,
                    seen(null, true, null, true)))).containsExactly("visit");
        }
    }

    @Nested
    @DisplayName("003 s.5b: which statutory visit, and the bedroom on a CP or CLA one")
    class StatutoryVisits {

        @Test
        @DisplayName("003 s.5b headings: a statutory visit says whether it is CP, CLA, CIN or private fostering; "
                + "no other visit does")
        void kindOfStatutoryVisit() {
            assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false,
                    seen(null, true, null, null)))).containsExactly("visit.statutoryVisit");
            assertThat(fields(VisitRules.check(NoteType.VISIT, PlanType.CIN, false,
                    seen(StatutoryVisitKind.CIN, true, null, null)))).containsExactly("visit.statutoryVisit");
            assertThat(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false,
                    seen(StatutoryVisitKind.PRIVATE_FOSTERING, true, null, null))).isEmpty();
        }

        @Test
        @DisplayName("003 s.5b g: bedroom seen is recorded on a CP or CLA statutory visit, or for a child on a CP or "
                + "CLA plan; not required for CIN")
        void bedroomSeenForCpAndCla() {
            assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false,
                    seen(StatutoryVisitKind.CP, true, null, null)))).containsExactly("visit.bedroomSeen");
            assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false,
                    seen(StatutoryVisitKind.CLA, true, null, null)))).containsExactly("visit.bedroomSeen");
            assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CLA, false,
                    seen(StatutoryVisitKind.CIN, true, null, null)))).containsExactly("visit.bedroomSeen");
            assertThat(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false,
                    seen(StatutoryVisitKind.CIN, true, null, null))).isEmpty();
        }

        @Test
        @DisplayName("003 s.5b / 004: a visit where the child was not seen is not a statutory visit")
        void notSeenIsNotStatutory() {
            assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CP, false,
                    notSeen(StatutoryVisitKind.CP)))).containsExactly("noteType");
            assertThat(VisitRules.check(NoteType.VISIT, PlanType.CP, false, notSeen(null))).isEmpty();
            assertThat(VisitRules.isStatutory(NoteType.VISIT, notSeen(null))).isFalse();
            assertThat(VisitRules.isStatutory(NoteType.STATUTORY_VISIT,
                    seen(StatutoryVisitKind.CP, true, null, true))).isTrue();
        }

        @Test
        @DisplayName("003 s.5b: a home visit with no access did not see the child")
        void noAccessSawNobody() {
            assertThat(VisitRules.check(NoteType.HOME_VISIT_NO_ACCESS, PlanType.CP, false, notSeen(null))).isEmpty();
            assertThat(fields(VisitRules.check(NoteType.HOME_VISIT_NO_ACCESS, PlanType.CP, false,
                    seen(null, true, null, null)))).containsExactly("visit.childSeen");
        }
    }

    @Nested
    @DisplayName("002 s.6: an unborn child")
    class Unborn {

        @Test
        @DisplayName("002 s.6: \"seen\" and \"seen alone\" are not used about an unborn child")
        void seenAndSeenAloneRefused() {
            assertThat(fields(VisitRules.check(NoteType.VISIT, PlanType.CP, true, pregnancyVisit(true, true))))
                    .containsExactly("visit.childSeen", "visit.seenAlone");
            assertThat(fields(VisitRules.check(NoteType.VISIT, PlanType.CP, true, pregnancyVisit(false, null))))
                    .containsExactly("visit.childSeen");
            assertThat(VisitRules.check(NoteType.VISIT, PlanType.CP, true, pregnancyVisit(null, null))).isEmpty();
        }

        @Test
        @DisplayName("002 s.6 / 003 s.5b: a visit about an unborn child is recorded as a visit, not a statutory one")
        void noStatutoryVisit() {
            VisitSection visit = new VisitSection(StatutoryVisitKind.CP, "Family home", List.of(), "Pre-birth visit",
                    true, null, null, null, null, null, null, null, null, null, List.of());
            assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CP, true, visit)))
                    .containsExactly("noteType");
        }
    }
}
