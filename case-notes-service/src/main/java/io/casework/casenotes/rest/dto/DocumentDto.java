package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.DocumentDirection;
import io.casework.contracts.DocumentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A document on the child's record as the API shows it: what it is and its content's facts, never the content. */
@Schema(description = "A document on a child's record, finalised as added; its content is at .../content")
public record DocumentDto(
        @Schema(description = "The document's id", example = "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        UUID id,
        @Schema(description = "The child's id", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The note it belongs to, if any", example = "3f2b8c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e")
        UUID noteId,
        @Schema(description = "What it is", example = "PRE_PROCEEDINGS_LETTER")
        DocumentType documentType,
        @Schema(description = "Its title", example = "Pre-proceedings letter to Ms Test, signed")
        String title,
        @Schema(description = "SENT, RECEIVED or INTERNAL", example = "SENT")
        DocumentDirection direction,
        @Schema(description = "The day it was sent, received or made", example = "2026-11-20")
        LocalDate dated,
        @Schema(description = "The file's name as it was added", example = "plo-letter-signed.pdf")
        String fileName,
        @Schema(description = "Its media type, as its content shows it", example = "application/pdf")
        String mediaType,
        @Schema(description = "Its size in bytes", example = "48213")
        long sizeBytes,
        @Schema(description = "The SHA-256 of its content, lower-case hex; also the content's ETag and sealed on "
                + "the child's chain", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256,
        @Schema(description = "Who added it, as they were then (name and job title; team as the organisation "
                + "model holds it now)", example = Person.Examples.SOCIAL_WORKER)
        Person addedBy,
        @Schema(description = "When it was added, UTC (ISO-8601 with offset Z)", example = "2026-11-20T14:05:00Z")
        Instant addedAt,
        @Schema(description = "The earlier version this one replaces, if any", example =
                "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e")
        UUID supersedes,
        @Schema(description = "The newer version that replaces this one, if any; only the newest may be replaced",
                example = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f")
        UUID supersededBy,
        @Schema(description = "The id of the upload timescale its type starts in the authority's rules, if any "
                + "(003 Appendix A)", example = "pre-proceedings-letter-upload")
        String uploadTimescale) {
}
