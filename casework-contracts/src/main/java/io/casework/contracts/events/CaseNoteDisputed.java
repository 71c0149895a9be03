package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A child's or parent's disagreement with an entry was recorded as a dispute note linked to it (002 s.5, 003 s.5d);
 * the dispute note then goes through the ordinary lifecycle. The event names who disputes by their relationship to
 * the child only: their name and words stay on the record.
 */
public record CaseNoteDisputed(
        UUID noteId,
        UUID childId,
        UUID disputedNoteId,
        String raisedByRelationship,
        String recordedBy,
        Instant recordedAt) {
}
