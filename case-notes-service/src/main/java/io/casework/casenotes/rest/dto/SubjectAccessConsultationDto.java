package io.casework.casenotes.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An originator consulted on a subject access request (002 s.8). */
@Schema(description = "An originator of third-party information consulted before it is shared (002 s.8)")
public record SubjectAccessConsultationDto(
        @Schema(description = "The consultation's id", example = "5a1b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID id,
        @Schema(description = "Who was consulted", example = "Ms Ahmed, designated safeguarding lead at Leo's school")
        String originator,
        @Schema(description = "When they were asked", example = "2026-11-23")
        LocalDate askedOn,
        @Schema(description = "Their views and wishes; null while they have not answered",
                example = "Content for her report to be shared, without her mobile number")
        String views,
        @Schema(description = "Who recorded it, by name", example = "Jo Example")
        String recordedBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-11-23T10:15:00Z")
        Instant recordedAt) {
}
