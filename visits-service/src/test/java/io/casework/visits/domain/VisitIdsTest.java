package io.casework.visits.domain;

import io.casework.contracts.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class VisitIdsTest {

    @Test
    @DisplayName("A replayed topic plans the same visits under the same ids; different causes never share one")
    void derivedFromTheirCause() {
        UUID child = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        assertThat(VisitIds.plan(child, PlanType.CP)).isEqualTo(VisitIds.plan(child, PlanType.CP))
                .isNotEqualTo(VisitIds.plan(child, PlanType.CLA));
        UUID plan = VisitIds.plan(child, PlanType.CP);
        assertThat(VisitIds.firstVisit(plan)).isEqualTo(VisitIds.firstVisit(plan))
                .isNotEqualTo(VisitIds.visitAfter(note));
        assertThat(VisitIds.visitAfter(note)).isEqualTo(VisitIds.visitAfter(note))
                .isNotEqualTo(VisitIds.visitAfter(UUID.randomUUID()));
    }
}
