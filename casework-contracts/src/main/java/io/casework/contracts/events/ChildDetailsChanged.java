package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's basic record was corrected or completed (001 "The Basic Record", 002 s.5): who the child now is by name
 * and date of birth, as other services show them, which fields changed, and the record's version after the change
 * (a consumer keeps the highest it has seen, so a redelivered older event changes nothing). The rest of the record
 * (addresses, household, identifiers) stays in case-notes-service, where access to it is checked and logged.
 */
public record ChildDetailsChanged(
        UUID childId,
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        boolean unborn,
        List<String> changedFields,
        long version,
        String changedBy,
        Instant changedAt) {
}
