package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One access to a child's record. */
@Schema(description = "One access to a child's data in any service, allowed or refused, with who, when and why "
        + "(002 s.5)")
public record AccessLogEntryDto(
        @Schema(description = "The child whose data was accessed", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "Who accessed it: username, full name, job title and team as they were at the time "
                + "of the access (002 s.5); for a post over a service area the team is that area's id, for a post "
                + "across the authority it is empty",
                example = Person.Examples.SOCIAL_WORKER)
        Person accessedBy,
        @Schema(description = "What was done: the operation id, prefixed by the service that served it when that "
                + "was not case-notes-service", example = "visits-service getChildVisits")
        String action,
        @Schema(description = "The purpose given in X-Access-Purpose; null when none was given",
                example = "Covering the duty desk for the allocated worker")
        String purpose,
        @Schema(description = "ALLOWED, ALLOWED_WITH_PURPOSE, PURPOSE_REQUIRED (refused until a purpose is given) "
                + "or REFUSED", enumeration = {"ALLOWED", "ALLOWED_WITH_PURPOSE", "PURPOSE_REQUIRED", "REFUSED"},
                example = "ALLOWED")
        String outcome,
        @Schema(description = "Why the access policy decided so: the person's relation to the child, the access "
                + "class and the answer (ACCESS-RULES.md)", example = "allocated: record.read allowed")
        String basis,
        @Schema(description = "When the access happened, UTC (ISO-8601 with offset Z)",
                example = "2026-03-02T10:04:31.250Z")
        Instant accessedAt,
        @Schema(description = "The service that served the access; null for case-notes-service itself",
                example = "visits-service")
        String service,
        @Schema(description = "The operation's access class (ACCESS-RULES.md): record.read, record.write, "
                + "record.manage, record.audit or inbox", example = "record.read")
        String accessClass) {
}
