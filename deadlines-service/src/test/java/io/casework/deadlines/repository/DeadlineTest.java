package io.casework.deadlines.repository;

import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 1);

    private static Deadline visit() {
        return Deadline.open(UUID.randomUUID(), DeadlineKind.STATUTORY_VISIT, "lcs-practice-guide",
                UUID.randomUUID().toString(), "north", "north.sw1", DUE, Instant.parse("2026-05-01T09:00:00Z"));
    }

    @Test
    @DisplayName("a deadline opens under its kind's rule, with nothing about meeting it yet")
    void opens() {
        Deadline deadline = visit();
        assertThat(deadline.getState()).isEqualTo(DeadlineState.OPEN);
        assertThat(deadline.getRuleId()).isEqualTo("statutory-visit-frequency");
        assertThat(deadline.getMetOn()).isNull();
        assertThat(deadline.getLate()).isNull();
    }

    @Test
    @DisplayName("met after the due date: met late, with the day that counted and when it was recorded")
    void metLate() {
        Deadline deadline = visit();
        Instant recorded = Instant.parse("2026-06-03T15:00:00Z");
        deadline.meet(DUE.plusDays(1), recorded);
        assertThat(deadline.getState()).isEqualTo(DeadlineState.MET);
        assertThat(deadline.getLate()).isTrue();
        assertThat(deadline.getMetOn()).isEqualTo(DUE.plusDays(1));
        assertThat(deadline.getMetAt()).isEqualTo(recorded);
    }

    @Test
    @DisplayName("a met deadline cannot be met a second time, so its record of being met never changes")
    void metOnce() {
        Deadline deadline = visit();
        deadline.meet(DUE, Instant.parse("2026-06-01T10:00:00Z"));
        assertThatThrownBy(() -> deadline.meet(DUE.plusDays(5), Instant.parse("2026-06-06T10:00:00Z")))
                .isInstanceOf(DeadlineState.IllegalDeadlineTransition.class);
        assertThat(deadline.getLate()).isFalse();
        assertThat(deadline.getMetOn()).isEqualTo(DUE);
    }
}
