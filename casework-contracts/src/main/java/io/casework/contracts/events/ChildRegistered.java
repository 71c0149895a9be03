package io.casework.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's record was opened in case-notes-service, with the plan they are on and who holds the case.
 * {@code givenName} and {@code familyName} were added after the first release: an event published before then has
 * neither, only {@code displayName}. {@code dateOfBirth} came with issue 16 (a care leaver's KIT contacts near a
 * birthday go on the SSDA903 return): null for an unborn child and in earlier events.
 */
public record ChildRegistered(
        UUID childId,
        String displayName,
        String authority,
        String team,
        String allocatedWorker,
        String planType,
        LocalDate planStartDate,
        String givenName,
        String familyName,
        LocalDate dateOfBirth) {

    /** A registration as announced before the date of birth was added. */
    public ChildRegistered(UUID childId, String displayName, String authority, String team, String allocatedWorker,
                           String planType, LocalDate planStartDate, String givenName, String familyName) {
        this(childId, displayName, authority, team, allocatedWorker, planType, planStartDate, givenName, familyName,
                null);
    }

    /** A registration as the first release announced it, without the names apart. */
    public ChildRegistered(UUID childId, String displayName, String authority, String team, String allocatedWorker,
                           String planType, LocalDate planStartDate) {
        this(childId, displayName, authority, team, allocatedWorker, planType, planStartDate, null, null, null);
    }
}
