package io.casework.casenotes.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class Ssda903Test {

    private static final LocalDate BORN = LocalDate.of(2008, 6, 14);

    @Test
    @DisplayName("004 \"Recording KIT Visits\": a KIT within 2 months of the 17th to 21st birthday counts for SSDA903")
    void withinTwoMonthsOfABirthday() {
        assertThat(Ssda903.of(BORN, LocalDate.of(2026, 4, 14))).isEqualTo(new Ssda903(true, 18,
                LocalDate.of(2026, 6, 14)));
        assertThat(Ssda903.of(BORN, LocalDate.of(2026, 8, 14))).isEqualTo(new Ssda903(true, 18,
                LocalDate.of(2026, 6, 14)));
        assertThat(Ssda903.of(BORN, LocalDate.of(2029, 6, 1)).birthday()).isEqualTo(21);
    }

    @Test
    @DisplayName("004: a KIT further from those birthdays, or before the 17th or long after the 21st, does not")
    void otherwiseNot() {
        assertThat(Ssda903.of(BORN, LocalDate.of(2026, 4, 13)).counts()).isFalse();
        assertThat(Ssda903.of(BORN, LocalDate.of(2026, 12, 1))).isEqualTo(new Ssda903(false, null, null));
        assertThat(Ssda903.of(BORN, LocalDate.of(2024, 6, 14)).counts()).isFalse();
        assertThat(Ssda903.of(BORN, LocalDate.of(2030, 6, 14)).counts()).isFalse();
    }
}
