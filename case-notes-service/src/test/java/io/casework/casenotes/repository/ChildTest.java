package io.casework.casenotes.repository;

import io.casework.casenotes.domain.record.Address;
import io.casework.casenotes.domain.record.Birth;
import io.casework.casenotes.domain.record.ChildDetails;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.contracts.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildTest {

    private static final Instant OPENED = Instant.parse("2026-02-09T11:20:00Z");
    private static final LocalDate EXPECTED = LocalDate.of(2026, 7, 1);

    private static ChildDetails details(boolean unborn, String gender) {
        return new ChildDetails(" Leo ", null, "Example ", null, unborn ? null : LocalDate.of(2015, 6, 14),
                unborn ? EXPECTED : null, gender, " ", "None", null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static Child register(boolean unborn, String gender) {
        return Child.register(details(unborn, gender), unborn, PlanType.values()[0], LocalDate.of(2026, 2, 1),
                "lcs-practice-guide", "north", "north.sw1", "north.tm", OPENED);
    }

    @Test
    @DisplayName("002 s.6: an unborn child's gender, ethnicity and religion are not yet obtained, whatever was sent")
    void unborn() {
        Child child = register(true, "Male");
        assertThat(child.getGender()).isEqualTo(Child.NOT_YET_OBTAINED);
        assertThat(child.getEthnicity()).isEqualTo(Child.NOT_YET_OBTAINED);
        assertThat(child.getReligion()).isEqualTo(Child.NOT_YET_OBTAINED);
    }

    @Test
    @DisplayName("a record opens at version 1, names stripped and a detail not given recorded as not yet obtained; its "
            + "opening lists everything it was opened with")
    void registered() {
        Child child = register(false, "Male");
        assertThat(child.displayName()).isEqualTo("Leo Example");
        assertThat(child.getGender()).isEqualTo("Male");
        assertThat(child.getEthnicity()).isEqualTo(Child.NOT_YET_OBTAINED);
        assertThat(child.getVersion()).isEqualTo(1);
        assertThat(child.getRegisteredAt()).isEqualTo(OPENED);
        assertThat(child.getAddresses()).isEmpty();
        assertThat(child.opening()).contains(new FieldChange("givenName", null, "Leo"),
                new FieldChange("team", null, "north"), new FieldChange("allocatedWorker", null, "north.sw1"),
                new FieldChange("unborn", null, "false"));
    }

    @Test
    @DisplayName("every change of the record's own facts raises its version, the ETag an If-Match names, and says "
            + "what changed")
    void changesRaiseTheVersion() {
        Child child = register(false, null);
        assertThat(child.allocate("south", "south.sw1")).containsExactly(new FieldChange("team", "north", "south"),
                new FieldChange("allocatedWorker", "north.sw1", "south.sw1"));
        assertThat(child.getVersion()).isEqualTo(2);
        assertThat(child.getTeam()).isEqualTo("south");
        assertThat(child.appointIro("iro.one")).containsExactly(new FieldChange("iro", null, "iro.one"));
        assertThat(child.getIro()).isEqualTo("iro.one");
        child.appointIro(null);
        assertThat(child.getIro()).isNull();
        assertThat(child.getVersion()).isEqualTo(4);
        assertThat(child.appointIro(null)).as("no change, no new version").isEmpty();
        assertThat(child.getVersion()).isEqualTo(4);
    }

    @Nested
    @DisplayName("002 s.5: details corrected or completed")
    class Corrections {

        @Test
        @DisplayName("a correction replaces the details and answers each field as it was and as it became")
        void correction() {
            Child child = register(false, "Male");
            Address home = new Address("1 Example Street", null, "Rochdale", "OL16 1AB", null,
                    LocalDate.of(2021, 9, 1), null);
            ChildDetails corrected = new ChildDetails("Leo", null, "Example", "Lee", LocalDate.of(2015, 6, 4), null,
                    "Male", null, "None", "English", false, null, "British", null, null, null, List.of(home), null,
                    null, null);
            List<FieldChange> changes = child.correct(corrected);
            assertThat(changes).extracting(FieldChange::field).containsExactly("preferredName", "dateOfBirth",
                    "language", "interpreterNeeded", "nationality", "addresses");
            assertThat(changes).contains(new FieldChange("dateOfBirth", "2015-06-14", "2015-06-04"));
            assertThat(changes.get(changes.size() - 1).after()).contains("\"line1\":\"1 Example Street\"");
            assertThat(child.getVersion()).isEqualTo(2);
            assertThat(child.getAddresses()).containsExactly(home);
            assertThat(child.correct(corrected)).as("the same details again change nothing").isEmpty();
            assertThat(child.getVersion()).isEqualTo(2);
        }

        @Test
        @DisplayName("002 s.6: an unborn child's equality details stay not yet obtained through a correction")
        void unbornCorrection() {
            Child child = register(true, null);
            child.correct(details(true, "Female"));
            assertThat(child.getGender()).isEqualTo(Child.NOT_YET_OBTAINED);
        }
    }

    @Nested
    @DisplayName("002 s.6: once a baby is born")
    class Births {

        @Test
        @DisplayName("the birth replaces the expected date, records the equality details and the name, and loses "
                + "nothing: the expected date is in what changed")
        void born() {
            Child child = register(true, null);
            List<FieldChange> changes = child.recordBirth(new Birth(LocalDate.of(2026, 6, 28), "Female",
                    "White British", "Not stated", "Rosie", null, null, null));
            assertThat(child.isUnborn()).isFalse();
            assertThat(child.getDateOfBirth()).isEqualTo(LocalDate.of(2026, 6, 28));
            assertThat(child.getExpectedDateOfBirth()).isNull();
            assertThat(child.getGivenName()).isEqualTo("Rosie");
            assertThat(child.getFamilyName()).isEqualTo("Example");
            assertThat(child.getReligion()).isEqualTo("Not stated");
            assertThat(changes).contains(new FieldChange("expectedDateOfBirth", "2026-07-01", null),
                    new FieldChange("unborn", "true", "false"),
                    new FieldChange("ethnicity", Child.NOT_YET_OBTAINED, "White British"));
            assertThat(child.getVersion()).isEqualTo(2);
        }

        @Test
        @DisplayName("a birth is recorded once")
        void once() {
            Child child = register(false, null);
            assertThatThrownBy(() -> child.recordBirth(new Birth(LocalDate.of(2026, 6, 28), "Female", "White British",
                    "Not stated", null, null, null, null))).isInstanceOf(IllegalStateException.class);
        }
    }
}
