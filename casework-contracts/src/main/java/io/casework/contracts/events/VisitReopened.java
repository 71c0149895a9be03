package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A planned statutory visit that had been met waits for a visit again, due when it was: the visit that met it was
 * corrected and no longer counts as a statutory visit (003 s.5b).
 */
// Its own type rather than visit-scheduled announced again: a consumer must not have to infer "this completed visit
// is open again" from a schedule it already holds, which reads the same as a redelivered first announcement.
public record VisitReopened(
        UUID visitId,
        UUID childId,
        LocalDate dueDate,
        Instant reopenedAt) {
}
