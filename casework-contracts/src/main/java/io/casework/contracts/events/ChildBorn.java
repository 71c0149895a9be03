package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An unborn child's birth was recorded (002 s.6): the record is now a born child's, with the date of birth that
 * replaces the expected one, and the names the child was given (which may be the ones it had). {@code version} is the
 * record's version after the birth.
 */
public record ChildBorn(
        UUID childId,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        String givenName,
        String familyName,
        long version,
        String recordedBy,
        Instant recordedAt) {
}
