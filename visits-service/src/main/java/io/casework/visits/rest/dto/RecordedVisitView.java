package io.casework.visits.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit recorded on a case note. {@code metStatutoryVisit} is false for a visit where the child was not seen or
 * that failed: it is on the record as a visit, but not as a statutory visit (003 s.5b, 004).
 */
public record RecordedVisitView(
        UUID noteId,
        LocalDate visitDate,
        boolean childSeen,
        boolean statutory,
        boolean metStatutoryVisit,
        UUID completedVisitId) {
}
