package io.casework.deadlines.repository;

import io.casework.deadlines.domain.DeadlineKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SoonestFirstOrderTest {

    @Test
    @DisplayName("merged worktray rows sort as PostgreSQL sorts them: due date, then id compared unsigned")
    void unsignedIds() {
        LocalDate due = LocalDate.of(2026, 12, 1);
        Deadline low = deadline(due);
        Deadline high = deadline(due);
        Deadline earlier = deadline(due.minusDays(1));
        // Java's UUID order compares signed halves: an id beginning f... would come before one beginning 1...
        set(low, UUID.fromString("10000000-0000-4000-8000-000000000000"));
        set(high, UUID.fromString("f0000000-0000-4000-8000-000000000000"));
        set(earlier, UUID.fromString("ff000000-0000-4000-8000-000000000000"));
        List<Deadline> rows = new ArrayList<>(List.of(high, low, earlier));
        rows.sort(DeadlineRepository.SOONEST_FIRST_ORDER);
        assertThat(rows).containsExactly(earlier, low, high);
    }

    private static Deadline deadline(LocalDate due) {
        return Deadline.open(UUID.randomUUID(), DeadlineKind.STATUTORY_VISIT, "lcs-practice-guide", null,
                UUID.randomUUID().toString(), "north", "north.sw1", due, Instant.parse("2026-11-01T09:00:00Z"));
    }

    private static void set(Deadline deadline, UUID id) {
        try {
            var field = Deadline.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(deadline, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
