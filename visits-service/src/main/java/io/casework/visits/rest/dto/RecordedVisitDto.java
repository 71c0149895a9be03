package io.casework.visits.rest.dto;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
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
        int noteVersion,
        @Schema(description = "Which statutory visit the note records (CP, CLA, CIN, PRIVATE_FOSTERING), or "
                + "CARE_LEAVER_KIT for a care leaver's keep-in-touch contact; null on any other visit", example = "CP")
        String statutoryVisit,
        @Schema(description = "The child was not yet born: a visit to the mother, without seen facts (002 s.6)",
                example = "false")
        boolean unborn,
        @Schema(description = "Why the child was not seen alone; null when seen alone, not seen or not said",
                example = "Leo did not want his mother to leave the room")
        String notSeenAloneReason,
        @Schema(description = "Whether the child's bedroom was seen (003 s.5b g, for CP and CLA visits); null when "
                + "not said", example = "true")
        Boolean bedroomSeen,
        @Schema(description = "Whether the family was told of the visit beforehand; null when not said",
                example = "false")
        Boolean announced,
        @Schema(description = "When the visit started, local time in England; null when not said", example = "16:30:00",
                type = SchemaType.STRING, format = "partial-time")
        LocalTime startTime,
        @Schema(description = "How long it lasted, in minutes; null when not said", example = "45")
        Integer durationMinutes,
        @Schema(description = "The due date of the planned visit it completed; null when it completed none",
                example = "2026-02-27")
        LocalDate dueDate,
        @Schema(description = "Calendar days after that due date the visit took place: 0 when in time; null when it "
                + "completed no planned visit", example = "0", minimum = "0")
        Integer daysLate) {
}
