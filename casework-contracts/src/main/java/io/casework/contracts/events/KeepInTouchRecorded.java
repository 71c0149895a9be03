package io.casework.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A keep-in-touch contact with a care leaver was recorded on a case note (004 "Recording KIT Visits": in touch, main
 * activity, accommodation), with its facts as they stand at the note's {@code version}. A later version of the same
 * note replaces what an earlier one said. visits-service plans the next contact from it and flags one near a
 * birthday for the SSDA903 return.
 *
 * @param contactDate   the day of the contact (the note's event date)
 * @param inTouch       whether the authority is in touch with the care leaver
 * @param mainActivity  EDUCATION, TRAINING, EMPLOYMENT or NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING
 * @param accommodation where the care leaver lives and whether it suits them, as recorded
 */
public record KeepInTouchRecorded(
        UUID noteId,
        UUID childId,
        LocalDate contactDate,
        int version,
        boolean inTouch,
        String mainActivity,
        String accommodation) {
}
