package io.casework.visits.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit recorded on a case note. {@code metStatutoryVisit} is false for a visit where the child was not seen or
 * that failed: it is on the record as a visit, but not as a statutory visit (003 s.5b, 004).
 */
@Schema(description = "A visit recorded on a case note. A visit where the child was not seen, or that failed, is on "
        + "the record as a visit but never meets a statutory visit (003 s.5b, 004)")
public record RecordedVisitDto(
        @Schema(description = "The case note that records the visit (case-notes-service GET /case-notes/{id})",
                example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID noteId,
        @Schema(description = "The day of the visit (the note's event date), an ISO-8601 date in England",
                example = "2026-02-27")
        LocalDate visitDate,
        @Schema(description = "Whether the child was seen", example = "true")
        boolean childSeen,
        @Schema(description = "Whether the child was seen alone; null when not seen or not said", example = "true")
        Boolean seenAlone,
        @Schema(description = "Whether it was recorded as a statutory visit (note type STATUTORY_VISIT)",
                example = "true")
        boolean statutory,
        @Schema(description = "Whether it counts as the child's statutory visit: recorded as one, with the child "
                + "seen", example = "true")
        boolean metStatutoryVisit,
        @Schema(description = "The planned statutory visit it completed (the id of a visit of the child's "
                + "statutory visits, getChildVisits); null when it completed none",
                example = "2e4f6a8c-0b1d-4f3e-a5c7-9e1b3d5f7a9c")
        UUID completedVisitId,
        @Schema(description = "The version of the case note these facts are from: a note resubmitted after a return "
                + "replaces what its earlier version said", example = "1", minimum = "1")
        int noteVersion) {
}
