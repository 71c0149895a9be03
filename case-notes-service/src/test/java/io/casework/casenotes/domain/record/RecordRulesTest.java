package io.casework.casenotes.domain.record;

import io.casework.casenotes.domain.ChildDates.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("001 \"The Basic Record\", 002 s.6: what makes a child's basic record wrong on its face")
class RecordRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate PLAN = LocalDate.of(2026, 10, 1);

    private static ChildDetails born(List<ChildIdentifier> identifiers, List<Address> addresses,
            List<SignificantPerson> people, List<School> schools) {
        return new ChildDetails("Leo", null, "Example", null, LocalDate.of(2015, 6, 14), null, "Male", null, null,
                null, null, null, null, null, null, identifiers, addresses, null, people, schools);
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    @DisplayName("registration takes what is known: names and a date of birth are enough")
    void whatIsKnown() {
        assertThat(RecordRules.problems(born(null, null, null, null), false, PLAN, TODAY)).isEmpty();
    }

    @Nested
    @DisplayName("002 s.6: any identification number, each checked against its scheme")
    class Identifiers {

        @Test
        @DisplayName("an NHS number's check digit, a unique pupil number's form, and the system of any other id")
        void schemes() {
            List<Problem> problems = RecordRules.problems(born(List.of(
                    new ChildIdentifier(IdentifierScheme.NHS_NUMBER, null, "9434765919"),
                    new ChildIdentifier(IdentifierScheme.UNIQUE_PUPIL_NUMBER, null, "A123456789012"),
                    new ChildIdentifier(IdentifierScheme.OTHER_SYSTEM, "Early help module", "EH-1"),
                    new ChildIdentifier(IdentifierScheme.NHS_NUMBER, null, "9434765918"),
                    new ChildIdentifier(IdentifierScheme.UNIQUE_PUPIL_NUMBER, null, "1234"),
                    new ChildIdentifier(IdentifierScheme.OTHER_SYSTEM, null, "X1")), null, null, null),
                    false, PLAN, TODAY);
            assertThat(fields(problems)).containsExactly("identifiers[3].value", "identifiers[3].scheme",
                    "identifiers[4].value", "identifiers[4].scheme", "identifiers[5].system");
        }

        @Test
        @DisplayName("the NHS number check digit is modulus 11, and a remainder giving 10 is never valid")
        void nhsNumbers() {
            assertThat(RecordRules.validNhsNumber("9434765919")).isTrue();
            assertThat(RecordRules.validNhsNumber("9434765910")).isFalse();
            assertThat(RecordRules.validNhsNumber("943476591")).isFalse();
            assertThat(RecordRules.validNhsNumber("9990000018")).isTrue();
        }
    }

    @Test
    @DisplayName("002 s.5, addresses kept up to date with their history: a move out is not before the move in; "
            + "schools likewise; a date of death is for someone who has died and is not in the future")
    void histories() {
        List<Problem> problems = RecordRules.problems(born(null,
                List.of(new Address("1 Street", null, null, null, null, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2023, 1, 1))),
                List.of(new SignificantPerson("Margaret Example", "Grandmother", null, null, false, false,
                                LocalDate.of(2023, 1, 14)),
                        new SignificantPerson("Ann Example", "Aunt", null, null, false, true, TODAY.plusDays(1))),
                List.of(new School("Example Primary", "105821", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 7, 1)))),
                false, PLAN, TODAY);
        assertThat(fields(problems)).containsExactly("addresses[0].to", "significantPeople[0].deceased",
                "significantPeople[1].dateOfDeath", "schools[0].offRoll");
    }

    @Nested
    @DisplayName("002 s.6: unborn babies")
    class Unborn {

        private ChildDetails unborn(String ethnicity) {
            return new ChildDetails("Baby", null, "Example", null, null, TODAY.plusWeeks(8), null, ethnicity,
                    RecordRules.NOT_YET_OBTAINED, null, null, null, null, null, null, null, null, null, null, null);
        }

        @Test
        @DisplayName("ethnicity, religion and gender are \"Information not yet obtained\" until the birth")
        void equality() {
            assertThat(RecordRules.problems(unborn(null), true, PLAN, TODAY)).isEmpty();
            assertThat(fields(RecordRules.problems(unborn("White British"), true, PLAN, TODAY)))
                    .containsExactly("ethnicity");
        }

        @Test
        @DisplayName("a birth is not in the future nor long before the record was opened")
        void birth() {
            LocalDate opened = TODAY.minusWeeks(10);
            assertThat(RecordRules.birthProblems(TODAY, opened, TODAY)).isEmpty();
            assertThat(RecordRules.birthProblems(opened.minusDays(42), opened, TODAY)).isEmpty();
            assertThat(fields(RecordRules.birthProblems(opened.minusDays(43), opened, TODAY)))
                    .containsExactly("dateOfBirth");
            assertThat(fields(RecordRules.birthProblems(TODAY.plusDays(1), opened, TODAY)))
                    .containsExactly("dateOfBirth");
        }

        @Test
        @DisplayName("a born child has a date of birth, not an expected one")
        void bornHasNoExpectedDate() {
            ChildDetails both = new ChildDetails("Leo", null, "Example", null, LocalDate.of(2015, 6, 14),
                    LocalDate.of(2015, 6, 1), null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null);
            assertThat(fields(RecordRules.problems(both, false, PLAN, TODAY))).containsExactly("expectedDateOfBirth");
        }
    }
}
