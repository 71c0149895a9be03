package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A spell of failed access ended: a visit saw the child (004 "Failed visits": the worker keeps trying until one
 * does), or the child's visits stopped. Its open escalations need no further action.
 *
 * @param failedAccessId the spell (see {@link FailedAccessEscalated})
 * @param endedOn        the day of the visit that saw the child, or of the end of the visits
 * @param noteId         the note of the visit that ended it, or null when the visits stopped
 */
public record FailedAccessEnded(
        UUID failedAccessId,
        UUID childId,
        LocalDate endedOn,
        UUID noteId,
        Instant endedAt) {
}
