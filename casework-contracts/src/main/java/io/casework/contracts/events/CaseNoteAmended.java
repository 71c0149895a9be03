package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A team manager corrected a final entry by an amendment note, final at once, that names the entry and the reason
 * (001 "Case Record Integrity"). The corrected entry itself is unchanged.
 */
public record CaseNoteAmended(
        UUID noteId,
        UUID childId,
        UUID amendedNoteId,
        String reason,
        String amendedBy,
        String amendedByName,
        Instant amendedAt) {
}
