package io.casework.casenotes.rest.dto;

import io.casework.contracts.PlanType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's basic record as the API shows it. In a list, a child the caller may open only with a stated purpose
 * (ACCESS-RULES "Lists") is shown by id alone, {@code detailsWithheld} true, until it is opened with a purpose.
 * {@code version} is also the record's ETag: a change to the allocation or IRO names it in If-Match.
 */
public record ChildDto(
        UUID id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        boolean unborn,
        LocalDate expectedDateOfBirth,
        String gender,
        String ethnicity,
        String religion,
        String authority,
        String team,
        String allocatedWorker,
        PlanType planType,
        LocalDate planStartDate,
        Instant registeredAt,
        String registeredBy,
        String iro,
        long version,
        boolean detailsWithheld) {

    public static ChildDto withheld(UUID id) {
        return new ChildDto(id, null, null, null, false, null, null, null, null, null, null, null, null, null, null,
                null, null, 0, true);
    }
}
