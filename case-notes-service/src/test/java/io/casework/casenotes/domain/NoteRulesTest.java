package io.casework.casenotes.domain;

import io.casework.backbone.security.Person;
import io.casework.contracts.NoteType;
import io.casework.contracts.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NoteRulesTest {

    private static final Person PM = new Person("north.pm", "Alex Example", "Practice Manager", "north");

    private static List<String> fields(NoteType type, NoteSections sections) {
        return NoteRules.check(type, PlanType.CIN, false, sections).stream().map(Violation::field).toList();
    }

    private static NoteSections.Builder sections() {
        return NoteSections.builder();
    }

    private static InformationShared shared(ConsentBasis consent, String reasonWithout) {
        return new InformationShared("Strategy discussion outcome", LocalDate.of(2026, 11, 20),
                new Recipient("DC Tom Price", "Detective Constable", "Police", "0161 555 0100"), "To plan the S47",
                consent, reasonWithout, PM);
    }

    @Nested
    @DisplayName("sections required by the type")
    class Required {

        @Test
        @DisplayName("001 \"Case Records\": a contact says how it was made and with whom")
        void contact() {
            assertThat(fields(NoteType.CONTACT, sections().build())).containsExactly("contact");
            assertThat(fields(NoteType.PROFESSIONAL_CONTACT, sections().contact(new ContactSection(null, " "))
                    .build())).containsExactly("contact.method", "contact.withWhom");
            assertThat(fields(NoteType.CONTACT, sections().contact(new ContactSection(ContactMethod.TELEPHONE,
                    "Mother")).build())).isEmpty();
        }

        @Test
        @DisplayName("004 \"Recording KIT Visits\": in touch, main activity (EET) and accommodation")
        void keepInTouch() {
            assertThat(fields(NoteType.CARE_LEAVER_KIT, sections().build())).containsExactly("keepInTouch");
            assertThat(fields(NoteType.CARE_LEAVER_KIT, sections().keepInTouch(new KeepInTouchSection(null, null,
                    null)).build())).containsExactly("keepInTouch.inTouch", "keepInTouch.mainActivity",
                    "keepInTouch.accommodation");
            assertThat(fields(NoteType.CARE_LEAVER_KIT, sections().keepInTouch(new KeepInTouchSection(true,
                    MainActivity.TRAINING, "Supported lodgings")).build())).isEmpty();
        }

        @Test
        @DisplayName("001, 002 s.6: an information sharing note records what was shared; 003 s.6: a significant "
                + "event note records what happened and who is affected and how")
        void informationSharingAndSignificantEvent() {
            assertThat(fields(NoteType.INFORMATION_SHARING, sections().build())).containsExactly("informationSharing");
            assertThat(fields(NoteType.SIGNIFICANT_EVENT, sections().build())).containsExactly("significantEvent");
            assertThat(fields(NoteType.SIGNIFICANT_EVENT, sections().significantEvent(new SignificantEvent(
                    "Police called", "", null, null)).build()))
                    .containsExactly("significantEvent.whoIsAffectedAndHow");
        }

        @Test
        @DisplayName("003 s.6: each person a significant event affected is named, with their relationship to the "
                + "child; the people and the impact are optional")
        void peopleAffected() {
            assertThat(fields(NoteType.SIGNIFICANT_EVENT, sections().significantEvent(new SignificantEvent(
                    "Police called", "Leo heard it", List.of(new PersonAffected("Leo", "Child"),
                    new PersonAffected("Ms A", " ")), null)).build()))
                    .containsExactly("significantEvent.peopleAffected[1].relationship");
            assertThat(fields(NoteType.SIGNIFICANT_EVENT, sections().significantEvent(new SignificantEvent(
                    "Moved to her grandmother's", "Leo is settled and sleeping well", null, Impact.POSITIVE))
                    .build())).isEmpty();
        }

        @Test
        @DisplayName("002 s.5: a dispute records who disagrees, by name and relationship, and their own words")
        void dispute() {
            assertThat(fields(NoteType.DISPUTE, sections().build())).containsExactly("dispute");
            assertThat(fields(NoteType.DISPUTE, sections().disputes(new Disputes(UUID.randomUUID(),
                    new RaisedBy("Sarah Harrison", "Mother"), " ")).build())).containsExactly("dispute.theirWords");
        }

        @Test
        @DisplayName("a section the type never carries is refused at once, draft or not")
        void strays() {
            NoteSections stray = sections().contact(new ContactSection(ContactMethod.LETTER, "School"))
                    .keepInTouch(new KeepInTouchSection(true, MainActivity.EMPLOYMENT, "Flat")).build();
            assertThat(NoteRules.strays(NoteType.CASE_NOTE, stray)).extracting(Violation::field)
                    .containsExactly("contact", "keepInTouch");
        }
    }

    @Nested
    @DisplayName("statements, views, interpreters, sharing and withholding")
    class Contents {

        @Test
        @DisplayName("001 \"Accuracy\", 002 s.6: each statement is classed, and a third party's names its source")
        void statements() {
            NoteSections unnamed = sections().statements(List.of(
                    new Statement("Attendance is 94%", StatementKind.FACT, InformationSource.THIRD_PARTY, null),
                    new Statement("Leo seems settled", null, null, null))).build();
            assertThat(fields(NoteType.CASE_NOTE, unnamed)).containsExactly("statements[0].sourceName",
                    "statements[1].kind", "statements[1].source");
            NoteSections named = sections().statements(List.of(new Statement("Attendance is 94%",
                    StatementKind.FACT, InformationSource.THIRD_PARTY, "Ms Ahmed, school DSL"))).build();
            assertThat(fields(NoteType.CASE_NOTE, named)).isEmpty();
        }

        @Test
        @DisplayName("001, 003 s.4: an interpreter is recorded by name, and whether contracted, staff, family or "
                + "friend")
        void interpreter() {
            assertThat(fields(NoteType.CASE_NOTE, sections().interpreter(new Interpreter("Amira Haddad", "Arabic",
                    null)).build())).containsExactly("interpreter.source");
            assertThat(fields(NoteType.CASE_NOTE, sections().interpreter(new Interpreter("Amira Haddad", "Arabic",
                    InterpreterSource.CONTRACTED)).build())).isEmpty();
        }

        @Test
        @DisplayName("001: parents' and carers' views say whose they are")
        void parentsAndCarers() {
            assertThat(fields(NoteType.CASE_NOTE, sections().parentsAndCarers(List.of(new ParentOrCarerView(null,
                    "Mother", "Calmer"))).build())).containsExactly("parentsAndCarers[0].name");
        }

        @Test
        @DisplayName("001 \"Consent\", 002 s.6: information shared without consent says why; every sharing names who "
                + "decided")
        void sharingWithoutConsent() {
            assertThat(fields(NoteType.INFORMATION_SHARING, sections().informationSharing(List.of(
                    shared(ConsentBasis.NOT_SOUGHT, null))).build()))
                    .containsExactly("informationSharing[0].reasonWithoutConsent");
            assertThat(fields(NoteType.INFORMATION_SHARING, sections().informationSharing(List.of(
                    shared(ConsentBasis.GIVEN, null))).build())).isEmpty();
            assertThat(fields(NoteType.INFORMATION_SHARING, sections().informationSharing(List.of(
                    shared(ConsentBasis.REFUSED, "Risk of harm to the child"))).build())).isEmpty();
        }

        @Test
        @DisplayName("002 s.8: information withheld from the child or family records its reason")
        void withheld() {
            assertThat(fields(NoteType.CASE_NOTE, sections().withheld(List.of(new WithheldInformation(
                    "Refuge address", WithheldFrom.FAMILY, null, null))).build()))
                    .containsExactly("withheld[0].reason", "withheld[0].explanation");
            assertThat(fields(NoteType.CASE_NOTE, sections().withheld(List.of(new WithheldInformation(
                    "Refuge address", WithheldFrom.FAMILY, WithholdingReason.THIRD_PARTY,
                    "The victim asked that it is not shared with Mr B"))).build())).isEmpty();
        }
    }
}
