package io.casework.contracts;

import io.casework.contracts.events.CaseClosed;
import io.casework.contracts.events.CaseClosureRequested;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The events of closing a child's case (002 s.12): what each must carry. */
class CaseClosureSchemasTest {

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("002 s.12: a closure sent for the manager's oversight carries its reason and, for a referral closed "
            + "with no further action, the referrer's feedback; an unknown reason is refused")
    void closureRequested() {
        UUID child = UUID.randomUUID();
        CaseClosureRequested asked = new CaseClosureRequested(UUID.randomUUID(), child,
                "NO_FURTHER_ACTION_ON_REFERRAL", "Concerns addressed by the school nurse", "Told the referrer",
                "north", "north.sw1", "North Worker One", "Social Worker", Instant.parse("2026-11-27T10:00:00Z"));
        EventEnvelope read = codec.read(codec.write(codec.wrap(asked, "/case-notes-service", child.toString(),
                null)));
        assertThat(read.type()).isEqualTo("casework.case-notes.case-closure-requested");
        assertThat(codec.data(read, CaseClosureRequested.class)).isEqualTo(asked);
        CaseClosureRequested noFeedback = new CaseClosureRequested(UUID.randomUUID(), child,
                "CHILD_IN_NEED_PLAN_ENDED", "Plan's aims met", null, "north", "north.sw1", "North Worker One", "",
                Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(codec.data(codec.read(codec.write(codec.wrap(noFeedback, "/case-notes-service",
                child.toString(), null))), CaseClosureRequested.class).referrerFeedback()).isNull();
        CaseClosureRequested unknown = new CaseClosureRequested(UUID.randomUUID(), child, "BORED", "Why not", null,
                "north", "north.sw1", "North Worker One", "", Instant.parse("2026-11-27T10:00:00Z"));
        assertThatThrownBy(() -> codec.wrap(unknown, "/case-notes-service", child.toString(), null))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("reason");
    }

    @Test
    @DisplayName("002 s.12: case-closed names the day the case closed and the approval that closed it")
    void caseClosed() {
        UUID child = UUID.randomUUID();
        CaseClosed closed = new CaseClosed(UUID.randomUUID(), child, "OTHER", LocalDate.of(2026, 11, 27), "north.pm",
                UUID.randomUUID(), Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(codec.data(codec.read(codec.write(codec.wrap(closed, "/case-notes-service", child.toString(),
                null))), CaseClosed.class)).isEqualTo(closed);
        assertThat(CaseClosureDecision.covers("CASE_CLOSURE")).isTrue();
        assertThat(CaseClosureDecision.covers("CF_OUTCOME")).isFalse();
    }
}
