package io.casework.casenotes.domain;

import io.casework.contracts.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VisitRulesTest {

    static VisitSection seen(Boolean alone, String notAloneReason, Boolean bedroom) {
        return new VisitSection("Family home", List.of("Mother", "Child"), "Statutory CP visit", null, false,
                LocalTime.of(10, 0), 60, true, null, alone, notAloneReason, bedroom, "Mother's view", null, null,
                "Analysis", List.of("Next visit booked"));
    }

    static VisitSection notSeen() {
        return new VisitSection("Family home", List.of(), "Statutory CP visit", null, true, LocalTime.of(10, 0), 10,
                false, "No answer at the door", null, null, null, null, null, null, null, List.of());
    }

    private static List<String> fields(List<VisitRules.Violation> violations) {
        return violations.stream().map(VisitRules.Violation::field).toList();
    }

    @Test
    @DisplayName("001 Recording Visits / 003 s.5b: a complete CP statutory visit passes")
    void completeVisitPasses() {
        assertThat(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CP, false, seen(true, null, true))).isEmpty();
    }

    @Test
    @DisplayName("003 s.5b: whether the child was seen alone is recorded, and why not")
    void seenAloneAndWhyNot() {
        assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false, seen(null, null, null))))
                .containsExactly("visit.seenAlone");
        assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false, seen(false, " ", null))))
                .containsExactly("visit.notSeenAloneReason");
        assertThat(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false,
                seen(false, "Child asked for mother to stay", null))).isEmpty();
    }

    @Test
    @DisplayName("003 s.5b: bedroom seen is recorded on CP and CLA visits, not required for CIN")
    void bedroomSeenForCpAndCla() {
        assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CP, false, seen(true, null, null))))
                .containsExactly("visit.bedroomSeen");
        assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CLA, false, seen(true, null, null))))
                .containsExactly("visit.bedroomSeen");
        assertThat(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CIN, false, seen(true, null, null))).isEmpty();
    }

    @Test
    @DisplayName("003 s.5b / 004: a visit where the child was not seen is not a statutory visit")
    void notSeenIsNotStatutory() {
        assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CP, false, notSeen())))
                .containsExactly("noteType");
        assertThat(VisitRules.check(NoteType.VISIT, PlanType.CP, false, notSeen())).isEmpty();
        assertThat(VisitRules.isStatutory(NoteType.VISIT, notSeen())).isFalse();
        assertThat(VisitRules.isStatutory(NoteType.STATUTORY_VISIT, seen(true, null, true))).isTrue();
    }

    @Test
    @DisplayName("003 s.5b: a visit where the child was not seen says why")
    void notSeenNeedsAReason() {
        VisitSection noReason = new VisitSection("Home", List.of(), "Visit", null, true, null, null, false, null,
                null, null, null, null, null, null, null, List.of());
        assertThat(fields(VisitRules.check(NoteType.VISIT, PlanType.CIN, false, noReason)))
                .containsExactly("visit.childNotSeenReason");
    }

    @Test
    @DisplayName("002 s.6: an unborn child cannot be seen")
    void unbornCannotBeSeen() {
        assertThat(fields(VisitRules.check(NoteType.VISIT, PlanType.CP, true, seen(true, null, true))))
                .contains("visit.childSeen");
    }

    @Test
    @DisplayName("001 Recording Visits: venue and purpose are recorded; a visit note needs its visit section")
    void venueAndPurpose() {
        VisitSection bare = new VisitSection(null, null, "", null, null, null, null, true, null, true, null, true,
                null, null, null, null, null);
        assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CP, false, bare)))
                .containsExactly("visit.venue", "visit.purpose");
        assertThat(fields(VisitRules.check(NoteType.STATUTORY_VISIT, PlanType.CP, false, null)))
                .containsExactly("visit");
        assertThat(fields(VisitRules.check(NoteType.CASE_NOTE, PlanType.CP, false, seen(true, null, true))))
                .containsExactly("visit");
    }
}
