package io.casework.approvals.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/** One change to the organisation model: the subject after it, who made it and when. */
@Schema(description = "One version of a service area, team or member of staff in the organisation model's history")
public record OrganisationChangeDto(
        @Schema(description = "What changed: SERVICE_AREA, TEAM or STAFF_MEMBER",
                enumeration = {"SERVICE_AREA", "TEAM", "STAFF_MEMBER"}, example = "TEAM")
        String subjectKind,
        @Schema(description = "The id of what changed: the service area's or team's id, or the member's username",
                example = "north", maxLength = 100)
        String subjectId,
        @Schema(description = "The subject's version after the change: 1 when created, then one more per change",
                example = "3", minimum = "1")
        long version,
        @Schema(description = "CREATED or CHANGED; for a member of staff JOINED, CHANGED or LEFT",
                enumeration = {"CREATED", "CHANGED", "JOINED", "LEFT"}, example = "CHANGED")
        String change,
        // Kept as it was recorded: the history never rewrites an entry, so the snapshot keeps the shape it was
        // written in (the organisation events' data, people by username), whatever shape the DTOs take later. A map,
        // not a JsonNode, so that the document shows an object rather than the JSON library's node type.
        @Schema(description = "The whole subject just after the change, as the history "
                + "recorded it: for a team or member of staff the data of the TeamChanged or StaffMemberChanged "
                + "event, for a service area its id, name, headOfService, version, updatedAt and updatedBy. People "
                + "are named by username here, not as Person objects, and instants are UTC ISO-8601.",
                example = "{\"team\": \"north\", \"name\": \"North assessment and intervention team\", "
                        + "\"serviceArea\": \"service-area-1\", \"practiceManager\": \"north.pm\", "
                        + "\"teamManager\": \"north.tm\", \"seniorManager\": \"senior.manager\", \"version\": 3, "
                        + "\"changedBy\": \"head.of.service\", \"changedAt\": \"2026-03-01T10:00:00Z\"}")
        Map<String, Object> after,
        @Schema(description = "Who made the change. Full name as the organisation model holds it (kept after they "
                + "leave); designation and team as it holds them now, null once they have left",
                example = Person.Examples.HEAD_OF_SERVICE)
        Person changedBy,
        @Schema(description = "When the change was made, UTC (ISO-8601 with offset Z)",
                example = "2026-03-01T10:00:00Z")
        Instant changedAt) {
}
