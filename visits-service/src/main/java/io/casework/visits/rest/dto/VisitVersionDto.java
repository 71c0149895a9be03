package io.casework.visits.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a visit's note as it was applied, and what it did to the schedule. */
@Schema(description = "One version of a visit's note as visits-service applied it, and what it did to the schedule")
public record VisitVersionDto(
        @Schema(description = "The note's version", example = "2", minimum = "1")
        int noteVersion,
        @Schema(description = "The day of the visit this version gives", example = "2026-02-27")
        LocalDate visitDate,
        @Schema(description = "Whether the child was seen, as this version says", example = "false")
        boolean childSeen,
        @Schema(description = "Whether seen alone; null when not seen or not said", example = "true")
        Boolean seenAlone,
        @Schema(description = "Whether recorded as a statutory visit", example = "false")
        boolean statutory,
        @Schema(description = "Whether it met a statutory visit", example = "false")
        boolean metStatutoryVisit,
        @Schema(description = "What it did: COMPLETED (met the visit waiting; the next was planned), RECOMPLETED "
                + "(moved the day it met, and the next visit with it), REOPENED (no longer counts: the visit it met "
                + "waits again), NOT_COUNTED, UNCHANGED, LATER_VISIT_COUNTED (changed after a later visit counted, "
                + "whose schedule stands)", example = "REOPENED")
        String effect,
        @Schema(description = "When it was applied, an ISO-8601 instant", example = "2026-03-02T11:20:00Z")
        Instant appliedAt) {
}
