package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When something recorded on a child's record can have happened. Nothing recorded as having happened is in the
 * future (the request's own check). A visit sees the child, so it cannot be before the child was born; for an unborn
 * child, visits to the expectant family count from {@value #PREGNANCY_DAYS} days (a full pregnancy) before the
 * expected date of birth. Other notes may record the family's history before the child, down to
 * {@link #EARLIEST_HISTORY}: older than that is a typing error, not history.
 */
public final class EventDates {

    /** The earliest date any note may record: the first year of anyone's living memory in a family's history. */
    public static final LocalDate EARLIEST_HISTORY = LocalDate.of(1900, 1, 1);
    /** How long before an unborn child's expected date of birth a visit to the family can be. */
    public static final int PREGNANCY_DAYS = 280;

    private EventDates() {
    }

    /**
     * @param dateOfBirth         the child's date of birth, or null for an unborn child
     * @param expectedDateOfBirth the expected date of birth of an unborn child, or null
     * @return why the date cannot be right, or empty when it can
     */
    public static Optional<String> problem(NoteType type, LocalDate eventDate, LocalDate dateOfBirth,
            LocalDate expectedDateOfBirth) {
        if (eventDate.isBefore(EARLIEST_HISTORY)) {
            return Optional.of("must not be before " + EARLIEST_HISTORY);
        }
        if (!type.visit()) {
            return Optional.empty();
        }
        if (dateOfBirth != null && eventDate.isBefore(dateOfBirth)) {
            return Optional.of("a visit sees the child, so it cannot be before their date of birth (" + dateOfBirth
                    + ")");
        }
        if (dateOfBirth == null && expectedDateOfBirth != null
                && eventDate.isBefore(expectedDateOfBirth.minusDays(PREGNANCY_DAYS))) {
            return Optional.of("a visit to an unborn child's family cannot be more than " + PREGNANCY_DAYS
                    + " days before the expected date of birth (" + expectedDateOfBirth + ")");
        }
        return Optional.empty();
    }
}
