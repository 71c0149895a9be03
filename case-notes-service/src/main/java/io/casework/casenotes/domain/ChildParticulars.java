package io.casework.casenotes.domain;

import java.time.LocalDate;

/**
 * Who the child is, as the record is opened with it: names, whether unborn, dates of birth and the equality details.
 * As given; the record applies 002 s.6 when it is opened (see {@code Child.register}).
 */
public record ChildParticulars(String givenName, String familyName, boolean unborn, LocalDate dateOfBirth,
                               LocalDate expectedDateOfBirth, String gender, String ethnicity, String religion) {
}
