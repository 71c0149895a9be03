package io.casework.visits.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 004 "Recording KIT Visits": "IF the KIT is within 2 months of the care leaver's 17th, 18th, 19th, 20th or 21st
 * birthday, the KIT should be recorded as being in the SSSA903". The guide does not say before or after; the suite
 * reads it as either side of the birthday, so that no contact the return could count is missed.
 */
public final class KitReturn {

    private static final int FIRST_BIRTHDAY = 17;
    private static final int LAST_BIRTHDAY = 21;
    private static final int MONTHS_EITHER_SIDE = 2;

    private KitReturn() {
    }

    /** The birthday (17 to 21) a contact on {@code contactDate} is within two months of, if any. */
    public static Optional<Integer> birthdayNear(LocalDate dateOfBirth, LocalDate contactDate) {
        if (dateOfBirth == null || contactDate == null) {
            return Optional.empty();
        }
        for (int age = FIRST_BIRTHDAY; age <= LAST_BIRTHDAY; age++) {
            LocalDate birthday = dateOfBirth.plusYears(age);
            if (!contactDate.isBefore(birthday.minusMonths(MONTHS_EITHER_SIDE))
                    && !contactDate.isAfter(birthday.plusMonths(MONTHS_EITHER_SIDE))) {
                return Optional.of(age);
            }
        }
        return Optional.empty();
    }
}
