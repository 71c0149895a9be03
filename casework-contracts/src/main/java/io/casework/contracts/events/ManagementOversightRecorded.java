package io.casework.contracts.events;

import io.casework.contracts.Outcome;

import java.time.Instant;
import java.util.UUID;

/** A management entry was written on the child's record, linked to the note it oversees. */
public record ManagementOversightRecorded(
        UUID entryId,
        UUID noteId,
        UUID childId,
        Outcome outcome,
        String managerUsername,
        String managerName,
        String managerDesignation,
        Instant decidedAt) {
}
