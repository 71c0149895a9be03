package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.NoteType;
import io.casework.casenotes.domain.VisitSection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case note at its current version, with its author as the record shows them, whether it was written late, and
 * the management entries that oversee it. {@code childsVoice} is the child's own words, shown apart.
 */
public record CaseNoteDto(
        UUID id,
        UUID childId,
        NoteType noteType,
        NoteStatus status,
        int version,
        LocalDate eventDate,
        String title,
        String narrative,
        ChildsVoice childsVoice,
        VisitSection visit,
        String returnComments,
        Person author,
        Instant writtenAt,
        Instant submittedAt,
        Instant finalisedAt,
        boolean late,
        List<ManagementEntryDto> managementEntries) {
}
