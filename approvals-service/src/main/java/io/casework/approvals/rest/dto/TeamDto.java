package io.casework.approvals.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A team and its management line, as the organisation model holds it; a vacant post is null. */
@Schema(description = "A team and its management line, first-line manager first; a vacant post is null")
public record TeamDto(
        @Schema(description = "The team's id, as children, members and tokens name it in `team`", example = "north",
                maxLength = 60)
        String id,
        @Schema(description = "The team's name", example = "North assessment and intervention team", maxLength = 200)
        String name,
        @Schema(description = "The practice manager: first-line manager, who gives management oversight of the "
                + "team's statutory visit notes; null while vacant",
                example = Person.Examples.PRACTICE_MANAGER)
        Person practiceManager,
        @Schema(description = "The team manager, above the practice manager; null while vacant",
                example = Person.Examples.TEAM_MANAGER)
        Person teamManager,
        @Schema(description = "The senior manager of the team's service area, above the team manager; null while "
                + "vacant",
                example = Person.Examples.SENIOR_MANAGER)
        Person seniorManager,
        @Schema(description = "The id of the service area the team belongs to", example = "service-area-1",
                maxLength = 60)
        String serviceArea,
        @Schema(description = "The head of service of the team's service area, top of its management line; null "
                + "while vacant",
                example = Person.Examples.HEAD_OF_SERVICE)
        Person headOfService,
        @Schema(description = "The team's version: 1 when created, then one more per change; also its ETag, to send "
                + "back in If-Match", example = "3")
        long version,
        @Schema(description = "When the team last changed, UTC (ISO-8601 with offset Z)",
                example = "2026-03-01T10:00:00Z")
        Instant updatedAt,
        @Schema(description = "Who changed it last; the demo organisation's rows were written by username "
                + "`migration`, which names nobody and has only the username",
                example = Person.Examples.HEAD_OF_SERVICE)
        Person updatedBy) {
}
