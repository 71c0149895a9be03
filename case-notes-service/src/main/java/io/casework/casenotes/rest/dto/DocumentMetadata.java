package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.contracts.DocumentDirection;
import io.casework.contracts.DocumentType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What the person adding a document says of it: the {@code metadata} part of the upload, beside the file. */
@Schema(description = "What the document is, when it was sent or received, and the note it belongs to, if any")
public record DocumentMetadata(
        @Schema(description = "What it is. PRE_PROCEEDINGS_LETTER, LETTER_OF_INTENT, COURT_ORDER, "
                + "EXPERT_ASSESSMENT, PEP_MEETING_MINUTES and PRE_PROCEEDINGS_MEETING_MINUTES start the upload "
                + "timescale the authority's rules give them (003 Appendix A)", example = "PRE_PROCEEDINGS_LETTER")
        @NotNull DocumentType documentType,
        @Schema(description = "A title a colleague will recognise in the list",
                example = "Pre-proceedings letter to Ms Test, signed")
        @NotBlank @Size(max = InputLimits.NAME) String title,
        @Schema(description = "SENT by the service, RECEIVED by it, or INTERNAL (minutes, a photo, a signed "
                + "decision)", example = "SENT")
        @NotNull DocumentDirection direction,
        @Schema(description = "The day it was sent or received (or made, when INTERNAL), yyyy-MM-dd; not in the "
                + "future", example = "2026-11-20")
        @NotNull LocalDate dated,
        @Schema(description = "The note on this child's record the document belongs to, if any (a signed decision "
                + "with the manager's decision note); whoever may not see the note may not see the document",
                example = "3f2b8c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e")
        UUID noteId) {
}
