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

import java.time.LocalDate;

/**
 * A case note's content, to create a draft or save a new version of one. {@code eventDate} is when it happened,
 * which need not be today (002 s.5). The note type is fixed at creation; on an update it must match.
 */
public record CaseNoteRequest(
        @NotNull NoteType noteType,
        @NotNull @PastOrPresent LocalDate eventDate,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = InputLimits.NARRATIVE) String narrative,
        @Valid ChildsVoice childsVoice,
        @Valid VisitSection visit) {
}
