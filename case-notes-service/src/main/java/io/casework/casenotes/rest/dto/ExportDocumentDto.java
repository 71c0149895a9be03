package io.casework.casenotes.rest.dto;

import io.casework.contracts.DocumentDirection;
import io.casework.contracts.DocumentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One document of the record as the requester is told of it (002 s.9): what it is, not its bytes, which are sent
 * alongside the export, each copy to be checked against its SHA-256.
 */
@Schema(description = "A document held on the child's record and disclosed: its copy is sent alongside the export, "
        + "not inlined")
public record ExportDocumentDto(
        @Schema(description = "The document's id, as GET .../documents/{documentId}/content names it",
                example = "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        UUID documentId,
        @Schema(description = "What it is", example = "PRE_PROCEEDINGS_LETTER")
        DocumentType documentType,
        @Schema(description = "Its title", example = "Pre-proceedings letter to Ms Test, signed")
        String title,
        @Schema(description = "SENT, RECEIVED or INTERNAL", example = "SENT")
        DocumentDirection direction,
        @Schema(description = "The day it was sent, received or made", example = "2026-11-20")
        LocalDate dated,
        @Schema(description = "Who added it to the record, by name and job title", example = "Sam Example, Social "
                + "Worker")
        String addedBy,
        @Schema(description = "When it was added, UTC", example = "2026-11-20T14:05:00Z")
        Instant addedAt,
        @Schema(description = "Its media type", example = "application/pdf")
        String mediaType,
        @Schema(description = "Its size in bytes", example = "48213")
        long sizeBytes,
        @Schema(description = "The SHA-256 of the copy enclosed, lower-case hex",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256,
        @Schema(description = "The earlier version this one replaces, if any (both are held, both listed)",
                example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e")
        UUID supersedes,
        @Schema(description = "Always true: a copy of the document is sent alongside this export", example = "true")
        boolean copyEnclosed) {
}
