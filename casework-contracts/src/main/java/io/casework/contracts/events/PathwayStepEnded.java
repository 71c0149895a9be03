package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A step of the child's case pathway ended: nothing more is recorded on it. deadlines-service closes the step's open
 * deadlines and visits-service stops the visits of a plan or placement that ended, from the end date, without calling
 * back.
 *
 * @param partOf     the step this one belonged to, or null
 * @param reason     why it ended, as recorded, or null when it ended with its outcome
 * @param endedByStep the step that ended it (e.g. the review conference that ended a CP plan), or null
 */
public record PathwayStepEnded(
        UUID stepId,
        UUID childId,
        String kind,
        UUID partOf,
        String team,
        LocalDate endDate,
        String reason,
        UUID endedByStep,
        String endedBy,
        Instant endedAt) {
}
