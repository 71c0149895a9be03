package io.casework.approvals.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A service area and its head of service. */
@Schema(description = "A service area: a senior manager's group of teams, under a head of service")
public record ServiceAreaDto(
        @Schema(description = "The service area's id, as teams and members name it in `serviceArea`",
                example = "service-area-1", maxLength = 60)
        String id,
        @Schema(description = "The service area's name", example = "Children's social care, service area 1",
                maxLength = 200)
        String name,
        @Schema(description = "The head of service, who decides roll-backs, restrictions and risk alerts for the "
                + "area; null while the post is vacant",
                example = Person.Examples.HEAD_OF_SERVICE)
        Person headOfService,
        @Schema(description = "The service area's version: 1 when created, then one more per change",
                example = "2", minimum = "1")
        long version,
        @Schema(description = "When it last changed, UTC (ISO-8601 with offset Z)", example = "2026-03-01T10:00:00Z")
        Instant updatedAt,
        @Schema(description = "Who changed it last; the demo organisation's rows were written by username "
                + "`migration`, which names nobody and has only the username",
                example = Person.Examples.HEAD_OF_SERVICE)
        Person updatedBy) {
}
