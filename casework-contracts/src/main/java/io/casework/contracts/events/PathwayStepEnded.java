package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A step of the child's case pathway ended: nothing more is recorded on it. */
public record PathwayStepEnded(
        UUID stepId,
        UUID childId,
        String kind,
        String team,
        LocalDate endDate,
        String endedBy,
        Instant endedAt) {
}
