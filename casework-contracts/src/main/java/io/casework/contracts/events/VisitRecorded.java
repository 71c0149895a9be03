package io.casework.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit to the child was recorded on a case note. {@code statutory} is false when the child was not seen
 * (003 s.5b) or the visit failed (004): such a visit is recorded but does not meet the statutory visit.
 */
public record VisitRecorded(
        UUID noteId,
        UUID childId,
        LocalDate visitDate,
        boolean childSeen,
        boolean statutory) {
}
