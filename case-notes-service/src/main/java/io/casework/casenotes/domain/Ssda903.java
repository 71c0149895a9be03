package io.casework.casenotes.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Whether a care leaver's keep-in-touch contact counts for the SSDA903 return: 004 "Recording KIT Visits" flags a
 * KIT "within 2 months of the care leaver's 17th, 18th, 19th, 20th or 21st birthday". The seed does not say before
 * or after; this reads it as either side of the birthday, so that a KIT a month after the 18th birthday counts as
 * one a month before does.
 */
@Schema(description = "Whether a CARE_LEAVER_KIT falls within 2 months either side of the care leaver's 17th to "
        + "21st birthday and so counts for the SSDA903 return (004), worked out from the date of birth")
public record Ssda903(
        @Schema(description = "Whether the KIT counts for the SSDA903 return", example = "true")
        boolean counts,
        @Schema(description = "Which birthday it falls near (17 to 21); null when it counts for none", example = "18")
        Integer birthday,
        @Schema(description = "The date of that birthday; null when it counts for none", example = "2026-12-14")
        LocalDate birthdayDate) {

    static final int FIRST = 17;
    static final int LAST = 21;
    static final int MONTHS_EITHER_SIDE = 2;

    /** The KIT on {@code kitDate} of a care leaver born on {@code dateOfBirth}. */
    public static Ssda903 of(LocalDate dateOfBirth, LocalDate kitDate) {
        for (int age = FIRST; age <= LAST; age++) {
            LocalDate birthday = dateOfBirth.plusYears(age);
            if (!kitDate.isBefore(birthday.minusMonths(MONTHS_EITHER_SIDE))
                    && !kitDate.isAfter(birthday.plusMonths(MONTHS_EITHER_SIDE))) {
                return new Ssda903(true, age, birthday);
            }
        }
        return new Ssda903(false, null, null);
    }
}
