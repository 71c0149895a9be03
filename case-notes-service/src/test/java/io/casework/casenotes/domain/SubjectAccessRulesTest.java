package io.casework.casenotes.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a subject access request without a server (002 s.8, s.9; UK GDPR Art. 12(3)). */
class SubjectAccessRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    @DisplayName("002 s.9: a request is received today or earlier, never in the future")
    void receivedOn() {
        assertThat(SubjectAccessRules.receivedOnRefusal(TODAY, TODAY)).isEmpty();
        assertThat(SubjectAccessRules.receivedOnRefusal(TODAY.plusDays(1), TODAY)).get().asString()
                .contains("future");
    }

    @Test
    @DisplayName("002 s.8: withholding needs a category; disclosing has none")
    void category() {
        assertThat(SubjectAccessRules.decisionRefusal(false,
                DisclosureDecision.WITHHOLD, null, false, null)).get()
                .extracting(SubjectAccessRules.Refusal::field).isEqualTo(SubjectAccessRules.Refusal.Field.CATEGORY);
        assertThat(SubjectAccessRules.decisionRefusal(false,
                DisclosureDecision.DISCLOSE, WithholdingCategory.SERIOUS_HARM, false, null)).isPresent();
        assertThat(SubjectAccessRules.decisionRefusal(true,
                DisclosureDecision.WITHHOLD, WithholdingCategory.THIRD_PARTY_OBJECTION, false, null)).isEmpty();
    }

    @Test
    @DisplayName("002 s.8: third-party information is disclosed only after consulting its originator, or saying why "
            + "that was not possible; other items need no consultation")
    void consultation() {
        assertThat(SubjectAccessRules.decisionRefusal(true,
                DisclosureDecision.DISCLOSE, null, false, " ")).get()
                .extracting(SubjectAccessRules.Refusal::field)
                .isEqualTo(SubjectAccessRules.Refusal.Field.CONSULTATION);
        assertThat(SubjectAccessRules.decisionRefusal(true,
                DisclosureDecision.DISCLOSE, null, true, null)).isEmpty();
        assertThat(SubjectAccessRules.decisionRefusal(true,
                DisclosureDecision.DISCLOSE, null, false, "The originator has died")).isEmpty();
        assertThat(SubjectAccessRules.decisionRefusal(false,
                DisclosureDecision.DISCLOSE, null, false, null)).isEmpty();
    }

    @Test
    @DisplayName("002 s.8: the review is completed only when no third-party item is undecided, and once")
    void completion() {
        assertThat(SubjectAccessRules.completionRefusal(SubjectAccessState.IN_REVIEW, 0)).isEmpty();
        assertThat(SubjectAccessRules.completionRefusal(SubjectAccessState.IN_REVIEW, 2)).get().asString()
                .startsWith("2 items");
        assertThat(SubjectAccessRules.completionRefusal(SubjectAccessState.REVIEWED, 0)).isPresent();
    }

    @Test
    @DisplayName("UK GDPR Art. 12(3): extended once, and only within the first month")
    void extension() {
        SubjectAccessRules rules = new SubjectAccessRules(io.casework.timescales.SubjectAccessPeriod.englandAndWales());
        LocalDate received = LocalDate.of(2026, 6, 10);
        assertThat(rules.extensionRefusal(false, received, LocalDate.of(2026, 7, 10))).isEmpty();
        assertThat(rules.extensionRefusal(false, received, LocalDate.of(2026, 7, 13))).isPresent();
        assertThat(rules.extensionRefusal(true, received, received)).isPresent();
    }

    @Test
    @DisplayName("An item's reference names a note, one of its statements or withheld entries, or a document, and "
            + "reads back")
    void itemReferences() {
        UUID note = UUID.fromString("3f2b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e");
        assertThat(ReviewItem.parse(note + ".s1")).contains(ReviewItem.statement(note, 1));
        assertThat(ReviewItem.parse(note + ".w12")).contains(ReviewItem.withheld(note, 12));
        assertThat(ReviewItem.parse(note.toString())).contains(ReviewItem.note(note));
        assertThat(ReviewItem.parse(note + ".x1")).isEmpty();
        assertThat(ReviewItem.parse("not-a-note")).isEmpty();
        assertThat(ReviewItem.withheld(note, 3).ref()).isEqualTo(note + ".w3");
        UUID document = UUID.fromString("6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        assertThat(ReviewItem.parse(document + ".d")).get().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(ReviewItem.Kind.DOCUMENT);
            assertThat(item.documentId()).isEqualTo(document);
            assertThat(item.noteId()).isNull();
            assertThat(item.ref()).isEqualTo(document + ".d");
        });
        assertThat(ReviewItem.parse(document + ".d1")).isEmpty();
    }
}
