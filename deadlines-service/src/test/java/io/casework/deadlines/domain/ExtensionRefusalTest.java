package io.casework.deadlines.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ExtensionRefusalTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 6);

    @Test
    @DisplayName("issue 15: an open deadline is extended to any later day")
    void openToALaterDay() {
        assertThat(ExtensionRefusal.of(DeadlineState.OPEN, DUE, DUE.plusDays(1))).isEmpty();
    }

    @Test
    @DisplayName("issue 15: the same day or an earlier one is no extension")
    void notLater() {
        assertThat(ExtensionRefusal.of(DeadlineState.OPEN, DUE, DUE)).contains(ExtensionRefusal.NOT_LATER);
        assertThat(ExtensionRefusal.of(DeadlineState.OPEN, DUE, DUE.minusDays(3)))
                .contains(ExtensionRefusal.NOT_LATER);
    }

    @Test
    @DisplayName("issue 17: a deadline met or withdrawn since the worker asked is not extended, however late the day")
    void onlyOpenDeadlinesMove() {
        assertThat(ExtensionRefusal.of(DeadlineState.MET, DUE, DUE.plusDays(14))).contains(ExtensionRefusal.NOT_OPEN);
        assertThat(ExtensionRefusal.of(DeadlineState.WITHDRAWN, DUE, DUE.plusDays(14)))
                .contains(ExtensionRefusal.NOT_OPEN);
    }
}
