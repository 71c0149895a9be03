package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A planned statutory visit is no longer due: the visit it was planned after was corrected and no longer counts
 * (003 s.5b). The visit is kept, withdrawn; if that visit counts again, the planned visit is announced again by
 * {@link VisitScheduled} under the same {@code visitId}.
 *
 * @param reason why it was withdrawn, in plain words
 */
public record VisitWithdrawn(
        UUID visitId,
        UUID childId,
        String reason,
        Instant withdrawnAt) {
}
