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
        return Deadline.open(UUID.randomUUID(), DeadlineKind.STATUTORY_VISIT, "lcs-practice-guide", null,
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

    @Test
    @DisplayName("003 s.5b: withdrawn, a deadline keeps when and why; reinstated, it is due again and keeps them")
    void withdrawnAndReinstated() {
        Deadline deadline = visit();
        Instant at = Instant.parse("2026-05-20T10:00:00Z");
        deadline.withdraw(at, "the visit before it no longer counts");
        assertThat(deadline.getState()).isEqualTo(DeadlineState.WITHDRAWN);
        assertThat(deadline.getWithdrawnAt()).isEqualTo(at);
        assertThat(deadline.getWithdrawalReason()).isEqualTo("the visit before it no longer counts");
        deadline.reinstate(DUE.plusDays(3));
        assertThat(deadline.getState()).isEqualTo(DeadlineState.OPEN);
        assertThat(deadline.getDueDate()).isEqualTo(DUE.plusDays(3));
        assertThat(deadline.getWithdrawnAt()).isEqualTo(at);
    }

    @Test
    @DisplayName("003 s.5b: reopened, a met deadline forgets when and whether late it was met; met again on another "
            + "day, it is late by that day")
    void reopenedAndMetAgain() {
        Deadline deadline = visit();
        deadline.meet(DUE, Instant.parse("2026-06-01T10:00:00Z"));
        deadline.remeet(DUE.plusDays(2), Instant.parse("2026-06-04T10:00:00Z"));
        assertThat(deadline.getMetOn()).isEqualTo(DUE.plusDays(2));
        assertThat(deadline.getLate()).isTrue();
        Instant reopened = Instant.parse("2026-06-05T10:00:00Z");
        deadline.reopen(reopened);
        assertThat(deadline.getState()).isEqualTo(DeadlineState.OPEN);
        assertThat(deadline.getMetOn()).isNull();
        assertThat(deadline.getMetAt()).isNull();
        assertThat(deadline.getLate()).isNull();
        assertThat(deadline.getReopenedAt()).isEqualTo(reopened);
        assertThatThrownBy(() -> deadline.remeet(DUE, reopened))
                .isInstanceOf(DeadlineState.IllegalDeadlineTransition.class);
    }
}
