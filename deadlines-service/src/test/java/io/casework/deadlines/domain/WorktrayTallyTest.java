package io.casework.deadlines.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorktrayTallyTest {

    @Test
    @DisplayName("counts add up in all, per team (every team named, even with none) and per kind and rule")
    void sums() {
        WorktrayTally tally = new WorktrayTally(List.of("south", "north"));
        tally.add("north", DeadlineKind.PATHWAY_STEP, "cf-assessment-priority-10", new DueCounts(1, 0, 2, 5));
        tally.add("north", DeadlineKind.STATUTORY_VISIT, "statutory-visit-frequency", new DueCounts(0, 1, 0, 3));
        tally.add("east", DeadlineKind.PATHWAY_STEP, "cf-assessment-priority-10", new DueCounts(2, 0, 0, 2));

        assertThat(tally.total()).isEqualTo(new DueCounts(3, 1, 2, 10));
        assertThat(tally.byTeam()).containsExactly(
                java.util.Map.entry("east", new DueCounts(2, 0, 0, 2)),
                java.util.Map.entry("north", new DueCounts(1, 1, 2, 8)),
                java.util.Map.entry("south", DueCounts.NONE));
        assertThat(tally.byRule().keySet()).containsExactly(
                new WorktrayTally.Rule(DeadlineKind.STATUTORY_VISIT, "statutory-visit-frequency"),
                new WorktrayTally.Rule(DeadlineKind.PATHWAY_STEP, "cf-assessment-priority-10"));
        assertThat(tally.byRule().get(new WorktrayTally.Rule(DeadlineKind.PATHWAY_STEP, "cf-assessment-priority-10")))
                .isEqualTo(new DueCounts(3, 0, 2, 7));
    }
}
