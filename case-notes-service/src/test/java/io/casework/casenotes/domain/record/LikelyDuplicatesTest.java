package io.casework.casenotes.domain.record;

import io.casework.casenotes.domain.record.LikelyDuplicates.Candidate;
import io.casework.casenotes.domain.record.LikelyDuplicates.Query;
import io.casework.casenotes.domain.record.NameMatching.Likeness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("DOMAIN.md rule 1, one record per child: registering warns of records that may be the same child's")
class LikelyDuplicatesTest {

    private static final LocalDate BORN = LocalDate.of(2015, 6, 4);

    private static Candidate leo(LocalDate born) {
        return new Candidate(UUID.randomUUID(), "Leo", "James", "Harrison", null, born, null);
    }

    private static Optional<LikelyDuplicates.Resemblance> resemblance(String given, String family, LocalDate born,
            Candidate candidate) {
        return LikelyDuplicates.resemblance(new Query(given, family, born, null), candidate);
    }

    @Nested
    @DisplayName("names are compared however they were typed")
    class Names {

        @ParameterizedTest(name = "{0} and {1}: {2}")
        @CsvSource({
            "Zoë, zoe, SAME",
            "O'Neill-Smith, oneill smith, SAME",
            "Harrison, Harisson, SPELT_ALIKE",
            "Catherine, Katherine, SPELT_ALIKE",
            "Stephen, Steven, SOUNDS_ALIKE",
            "Ava, Eva, DIFFERENT",
            "Ava, Eve, DIFFERENT",
            "Harrison, Morrison, DIFFERENT",
            "Qzvbrtmwal, Kxplorhngs, DIFFERENT"
        })
        void likeness(String a, String b, Likeness expected) {
            assertThat(NameMatching.compare(a, b)).isEqualTo(expected);
        }

        @Test
        @DisplayName("a given name is like any of the other's given, middle or preferred names, word by word")
        void anyName() {
            assertThat(NameMatching.compareAny("Mary-Jane", "Mary")).isEqualTo(Likeness.SAME);
            assertThat(NameMatching.compareAny("James", "Leo", "James", null)).isEqualTo(Likeness.SAME);
        }
    }

    @Nested
    @DisplayName("the dates of birth must agree")
    class Dates {

        @Test
        @DisplayName("the same date and names alike is a likely duplicate, saying why")
        void same() {
            assertThat(resemblance("leo", "HARISSON", BORN, leo(BORN))).get()
                    .extracting(LikelyDuplicates.Resemblance::why)
                    .isEqualTo("Same date of birth; family name spelt alike; given name the same");
        }

        @Test
        @DisplayName("day and month typed the other way round still agree; another day does not")
        void transposed() {
            assertThat(resemblance("Leo", "Harrison", LocalDate.of(2015, 4, 6), leo(BORN))).get()
                    .extracting(LikelyDuplicates.Resemblance::why).asString().startsWith("Date of birth with day and "
                            + "month the other way round");
            assertThat(resemblance("Leo", "Harrison", BORN.plusDays(1), leo(BORN))).isEmpty();
        }

        @Test
        @DisplayName("002 s.6: a birth within 42 days of an unborn child's expected date agrees, and \"Baby\" stands "
                + "for any given name")
        void expected() {
            Candidate unborn = new Candidate(UUID.randomUUID(), "Baby", null, "Harrison", null, null, BORN);
            assertThat(resemblance("Rosie", "Harrison", BORN.minusDays(20), unborn)).isPresent();
            assertThat(resemblance("Rosie", "Harrison", BORN.minusDays(60), unborn)).isEmpty();
            assertThat(resemblance("Rosie", "Harrison", BORN, leo(BORN))).as("born children are not placeholders")
                    .isEmpty();
        }

        @Test
        @DisplayName("names the other way round are a likely duplicate too; closer ones come first")
        void swapped() {
            Optional<LikelyDuplicates.Resemblance> swapped = resemblance("Harrison", "Leo", BORN, leo(BORN));
            Optional<LikelyDuplicates.Resemblance> same = resemblance("Leo", "Harrison", BORN, leo(BORN));
            assertThat(swapped).get().extracting(LikelyDuplicates.Resemblance::why).asString()
                    .endsWith("the same names the other way round");
            assertThat(same.orElseThrow().distance()).isLessThan(swapped.orElseThrow().distance());
        }
    }
}
