package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.record.RecordChangeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change to a child's record, as its history shows it. */
@Schema(description = "One change to the child's record (002 s.5: kept with who, when and why)")
public record RecordChangeDto(
        @Schema(description = "The change's id", example = "42")
        long id,
        @Schema(description = "The child's id", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "OPENED (what the record was opened with), DETAILS_CHANGED, BORN, ALLOCATED (another "
                + "worker of the team), TRANSFERRED (another team), IRO_ASSIGNED, RESTRICTION_CHANGED, or a step of a "
                + "subject access request: SUBJECT_ACCESS_REQUESTED, _CONSULTED, _DECIDED, _EXTENDED, _REVIEWED", example = "DETAILS_CHANGED")
        RecordChangeKind kind,
        @Schema(description = "The record's version after the change (its ETag then); null for allocations made "
                + "before versions were kept", example = "3")
        Long version,
        @Schema(description = "Who made the change: name, job title and team as they were then. Only the username "
                + "for allocations made before those were kept", example = Person.Examples.SOCIAL_WORKER)
        Person changedBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-03-02T10:15:00Z")
        Instant changedAt,
        @Schema(description = "Why, as given; null where none was asked for (an opening, a birth) or given",
                example = "Date of birth corrected from the birth certificate seen on the home visit")
        String reason,
        @Schema(description = "Each field that changed, as it was and as it became")
        List<FieldChangeDto> changes) {
}
