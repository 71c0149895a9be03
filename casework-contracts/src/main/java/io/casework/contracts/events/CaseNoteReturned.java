package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A manager returned a submitted note to draft with comments; {@code version} is the new draft's version. */
public record CaseNoteReturned(
        UUID noteId,
        UUID childId,
        int version,
        String returnedBy,
        String comments,
        Instant returnedAt) {
}
