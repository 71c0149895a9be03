package io.casework.contracts.events;

import io.casework.contracts.NoteType;

import java.time.Instant;
import java.util.UUID;

/**
 * A manager returned a submitted note to draft with comments; {@code version} is the new draft's version.
 * {@code noteType} is absent from events published before it was added.
 */
public record CaseNoteReturned(
        UUID noteId,
        UUID childId,
        int version,
        String returnedBy,
        String comments,
        Instant returnedAt,
        NoteType noteType) {
}
