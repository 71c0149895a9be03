package io.casework.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/** A child's record was opened in case-notes-service, with the plan they are on and who holds the case. */
public record ChildRegistered(
        UUID childId,
        String displayName,
        String authority,
        String team,
        String allocatedWorker,
        String planType,
        LocalDate planStartDate) {
}
