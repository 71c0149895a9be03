package io.casework.casenotes.domain.record;

import java.time.LocalDate;

/**
 * What recording an unborn child's birth sets (002 s.6, "Once a Baby is Born"): the date of birth, the equality
 * details that could not be recorded before, and the names the child was given (null keeps the name the record has).
 */
public record Birth(LocalDate dateOfBirth, String gender, String ethnicity, String religion, String givenName,
                   String middleNames, String familyName, String preferredName) {
}
