package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RoutineRecording;
import io.casework.contracts.NoteType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A court chronology as produced on one day (003 s.6c): the last two years in full, earlier events in one line each,
 * routine recordings left out and counted.
 */
@Schema(description = "A court chronology (003 s.6c), produced from the final notes' significant events: the last "
        + "two years in full, earlier events in one line each, and the dates of calls, routine visits, office "
        + "meetings and professional contacts left out, with how many and why")
public record CourtChronologyDto(
        @Schema(description = "The child", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The child's full name", example = "Riley Jordan Example", maxLength = 700)
        String childName,
        @Schema(description = "The child's date of birth; null for an unborn child", example = "2016-04-02")
        LocalDate dateOfBirth,
        @Schema(description = "The day it was produced, in England", example = "2026-11-26")
        LocalDate producedOn,
        @Schema(description = "When it was produced, UTC (ISO-8601 with offset Z)", example = "2026-11-26T14:03:11Z")
        Instant producedAt,
        @Schema(description = "Who produced it", example = Person.Examples.SOCIAL_WORKER)
        Person producedBy,
        @Schema(description = "The first day shown in full: two years before it was produced", example = "2024-11-26")
        LocalDate inFullFrom,
        @Schema(description = "Events before inFullFrom, oldest first, each in one line")
        List<EarlierEventDto> earlierEvents,
        @Schema(description = "Events from inFullFrom, oldest first, in full")
        List<ChronologyItemDto> events,
        @Schema(description = "What was left out, by reason; empty when nothing was")
        List<LeftOutDto> leftOut,
        @Schema(description = "How many significant events were left out in all", example = "3", minimum = "0",
                maximum = "2147483647")
        int leftOutCount) {

    /** An event before the last two years, briefly (003 s.6c: "Date, Mrs X had child removed"). */
    @Schema(description = "An event before the last two years, in one line (003 s.6c: brief and concise)")
    public record EarlierEventDto(
            @Schema(description = "When it happened", example = "2016-01-07")
            LocalDate eventDate,
            @Schema(description = "What happened, its first sentence on one line of at most 120 characters",
                    example = "X & Y placed on a Child Protection Plan under the category of Emotional Abuse",
                    maxLength = 120)
            String summary,
            @Schema(description = "The note that records it", example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
            UUID noteId) {
    }

    /** The significant events of one kind of routine recording that the chronology leaves out. */
    @Schema(description = "Significant events recorded on routine recordings, left out of a court chronology")
    public record LeftOutDto(
            @Schema(description = "Which routine recording: CALL_OR_MEETING_WITH_FAMILY, ROUTINE_VISIT or "
                    + "PROFESSIONAL_CONTACT", example = "ROUTINE_VISIT")
            RoutineRecording kind,
            @Schema(description = "Why, citing the seed",
                    example = "003 s.6c: dates of visits to the parents' home that are not statutory visits are "
                            + "left out", maxLength = 200)
            String reason,
            @Schema(description = "The note types it covers", example = "[\"VISIT\", \"HOME_VISIT_NO_ACCESS\"]")
            List<NoteType> noteTypes,
            @Schema(description = "How many events were left out for this reason", example = "2", minimum = "1",
                    maximum = "2147483647")
            int count) {
    }
}
