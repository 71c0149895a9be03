package io.casework.casenotes.repository;

import io.casework.casenotes.domain.ChildParticulars;
import io.casework.contracts.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ChildTest {

    private static final Instant OPENED = Instant.parse("2026-02-09T11:20:00Z");

    private static Child register(boolean unborn, String gender) {
        return Child.register(new ChildParticulars(" Leo ", "Example ", unborn, unborn ? null
                        : LocalDate.of(2015, 6, 14), unborn ? LocalDate.of(2026, 7, 1) : null, gender, " ", "None"),
                PlanType.values()[0], LocalDate.of(2026, 2, 1), "lcs-practice-guide", "north", "north.sw1",
                "north.tm", OPENED);
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
    @DisplayName("a record opens at version 1, names stripped and a detail not given recorded as not yet obtained")
    void registered() {
        Child child = register(false, "Male");
        assertThat(child.displayName()).isEqualTo("Leo Example");
        assertThat(child.getGender()).isEqualTo("Male");
        assertThat(child.getEthnicity()).isEqualTo(Child.NOT_YET_OBTAINED);
        assertThat(child.getVersion()).isEqualTo(1);
        assertThat(child.getRegisteredAt()).isEqualTo(OPENED);
    }

    @Test
    @DisplayName("every change of the record's own facts raises its version, the ETag an If-Match names")
    void changesRaiseTheVersion() {
        Child child = register(false, null);
        Instant at = OPENED.plusSeconds(60);
        ChildAllocation allocation = child.allocate("south", "south.sw1", "south.tm", at);
        assertThat(child.getVersion()).isEqualTo(2);
        assertThat(child.getTeam()).isEqualTo("south");
        assertThat(allocation.getAllocatedWorker()).isEqualTo("south.sw1");
        assertThat(allocation.getAllocatedBy()).isEqualTo("south.tm");
        assertThat(allocation.getAllocatedAt()).isEqualTo(at);
        child.appointIro("iro.one");
        assertThat(child.getIro()).isEqualTo("iro.one");
        child.appointIro(null);
        assertThat(child.getIro()).isNull();
        assertThat(child.getVersion()).isEqualTo(4);
    }
}
