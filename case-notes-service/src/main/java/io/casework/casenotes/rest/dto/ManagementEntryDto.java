package io.casework.casenotes.rest.dto;

import java.time.Instant;
import java.util.UUID;

/** A management entry: who decided what about which note, when, with their comments. */
public record ManagementEntryDto(
        UUID id,
        UUID noteId,
        String kind,
        String outcome,
        String comments,
        String managerUsername,
        String managerName,
        String managerDesignation,
        Instant decidedAt) {
}
