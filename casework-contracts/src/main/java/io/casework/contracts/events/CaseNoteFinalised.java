package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A note became final: it can never change again, only be corrected or disputed by a new entry. */
public record CaseNoteFinalised(
        UUID noteId,
        UUID childId,
        int version,
        String noteType,
        String approvedBy,
        Instant finalisedAt) {
}
