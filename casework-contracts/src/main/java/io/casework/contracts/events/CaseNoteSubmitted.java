package io.casework.contracts.events;

import io.casework.contracts.NoteType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case note was submitted for management oversight: from now on its author cannot edit it. */
public record CaseNoteSubmitted(
        UUID noteId,
        UUID childId,
        int version,
        NoteType noteType,
        LocalDate eventDate,
        String authorUsername,
        String authorName,
        String team,
        Instant submittedAt) {
}
