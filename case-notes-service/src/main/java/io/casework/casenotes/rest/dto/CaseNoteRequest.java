package io.casework.casenotes.rest.dto;

import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.NoteType;
import io.casework.casenotes.domain.VisitSection;
import io.casework.backbone.rest.InputLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A case note's content, to create a draft or save a new version of one. {@code eventDate} is when it happened,
 * which need not be today (002 s.5). The note type is fixed at creation; on an update it must match.
 */
@Schema(description = "A case note's content, to write a draft or save a new version of one; the author comes from "
        + "the token, never from the body")
public record CaseNoteRequest(
        @Schema(description = "CASE_NOTE, STATUTORY_VISIT or VISIT; fixed when the note is written, and must match "
                + "on an update", example = "STATUTORY_VISIT")
        @NotNull NoteType noteType,
        @Schema(description = "When what the note records happened, an ISO-8601 date in England; today or before",
                example = "2026-02-27")
        @NotNull @PastOrPresent LocalDate eventDate,
        @Schema(description = "The note's title", example = "CP statutory visit")
        @NotBlank @Size(max = 300) String title,
        @Schema(description = "The worker's account, separating fact, opinion, assessment and decision",
                example = "Saw Leo at home and alone in his bedroom. Fact: the bedroom was clean and warm.")
        @NotBlank @Size(max = InputLimits.NARRATIVE) String narrative,
        @Schema(description = "The child's own words and how they were obtained; absent when none were recorded")
        @Valid ChildsVoice childsVoice,
        @Schema(description = "The visit section of a STATUTORY_VISIT or VISIT note: a draft may leave it out or "
                + "incomplete, but submitting or finalising the note needs it; never on a CASE_NOTE")
        @Valid VisitSection visit) {
}
