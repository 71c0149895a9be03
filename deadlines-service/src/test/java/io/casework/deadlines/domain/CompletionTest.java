package io.casework.deadlines.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 1);

    @Test
    @DisplayName("work done on the due date is on time: the due date is the last day allowed")
    void onTheDueDate() {
        assertThat(Completion.of(DUE, DUE)).isEqualTo(new Completion(DUE, false));
    }

    @Test
    @DisplayName("work done before the due date is on time")
    void early() {
        assertThat(Completion.of(DUE, DUE.minusDays(3)).late()).isFalse();
    }

    @Test
    @DisplayName("work done the day after the due date is late")
    void late() {
        assertThat(Completion.of(DUE, DUE.plusDays(1)).late()).isTrue();
    }
}
