package io.casework.contracts.events;

import io.casework.contracts.NoteType;

import java.time.Instant;
import java.util.UUID;

/** A note became final: it can never change again, only be corrected or disputed by a new entry. */
public record CaseNoteFinalised(
        UUID noteId,
        UUID childId,
        int version,
        NoteType noteType,
        String approvedBy,
        Instant finalisedAt) {
}
