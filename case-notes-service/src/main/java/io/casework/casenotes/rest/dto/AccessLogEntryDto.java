package io.casework.casenotes.rest.dto;

import java.time.Instant;
import java.util.UUID;

/** One access to a child's record. */
public record AccessLogEntryDto(
        UUID childId,
        String username,
        String fullName,
        String designation,
        String team,
        String action,
        String purpose,
        String outcome,
        String basis,
        Instant at,
        String service,
        String accessClass) {
}
