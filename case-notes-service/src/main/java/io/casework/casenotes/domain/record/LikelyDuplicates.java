package io.casework.casenotes.domain.record;

import io.casework.casenotes.domain.ChildDates;
import io.casework.casenotes.domain.record.NameMatching.Likeness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One record per child (DOMAIN.md rule 1): whether a child being registered may already have a record. A likely
 * duplicate has a date of birth that agrees (the same, the same with day and month typed the other way round, or,
 * where either is an expected date of birth, within {@value #EXPECTED_DAYS} days of it) and names that agree
 * ({@link NameMatching}): the family names, and the given name with any of the other's given, middle or preferred
 * names, or the two names the other way round. An unborn child's placeholder given name ("Baby", "Unborn") agrees
 * with any. The worker decides; this only warns.
 */
public final class LikelyDuplicates {

    /** How far a birth falls from its expected date and is still the same child: the overdue allowance. */
    public static final int EXPECTED_DAYS = ChildDates.OVERDUE_DAYS;
    /** How much farther apart a date that only nearly agrees puts two records than any difference of names. */
    private static final int DATE_STEP = 100;
    private static final Set<String> PLACEHOLDER_GIVEN_NAMES = Set.of("baby", "unborn", "infant");

    private LikelyDuplicates() {
    }

    /** The child being registered, as the worker typed them: a date of birth, or an expected one. */
    public record Query(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth) {

        /** The date the child was or will be born, whichever is known. */
        public LocalDate birth() {
            return dateOfBirth != null ? dateOfBirth : expectedDateOfBirth;
        }

        public boolean expected() {
            return dateOfBirth == null;
        }

        /** The dates of birth an existing record must have to be compared by name (the typed-round one too). */
        public List<LocalDate> exactDates() {
            List<LocalDate> dates = new ArrayList<>(List.of(birth()));
            transposed(birth()).ifPresent(dates::add);
            return dates;
        }

        /** The earliest and latest date a birth and an expected date may be apart and still agree. */
        public LocalDate earliest() {
            return birth().minusDays(EXPECTED_DAYS);
        }

        public LocalDate latest() {
            return birth().plusDays(EXPECTED_DAYS);
        }
    }

    /** An existing record, as compared. */
    public record Candidate(UUID childId, String givenName, String middleNames, String familyName,
                            String preferredName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth) {
    }

    /**
     * How a candidate resembles the child being registered: why, in words for the worker ("Same date of birth;
     * family name the same; given name spelt alike"), and how far apart they are (0 for the same date and names; the
     * larger, the less alike), for showing the closest first.
     */
    public record Resemblance(String why, int distance) {
    }

    /** How the candidate resembles the child being registered, or empty when it is not likely the same child. */
    public static Optional<Resemblance> resemblance(Query query, Candidate candidate) {
        Optional<Resemblance> dates = dates(query, candidate);
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        Likeness family = NameMatching.compare(query.familyName(), candidate.familyName());
        Likeness given = placeholder(query, candidate) ? Likeness.SAME : NameMatching.compareAny(query.givenName(),
                candidate.givenName(), candidate.middleNames(), candidate.preferredName());
        if (family.alike() && given.alike()) {
            return Optional.of(new Resemblance(dates.get().why() + "; family name " + family.words()
                    + "; given name " + given.words(), dates.get().distance() + family.ordinal() + given.ordinal()));
        }
        if (NameMatching.compare(query.givenName(), candidate.familyName()).alike()
                && NameMatching.compare(query.familyName(), candidate.givenName()).alike()) {
            return Optional.of(new Resemblance(dates.get().why() + "; the same names the other way round",
                    dates.get().distance() + 2 * Likeness.values().length));
        }
        return Optional.empty();
    }

    // How the dates agree, if they do; the distance leaves room for the names' (each 0 to 3) within each step.
    private static Optional<Resemblance> dates(Query query, Candidate candidate) {
        LocalDate theirs = candidate.dateOfBirth() != null ? candidate.dateOfBirth() : candidate.expectedDateOfBirth();
        if (theirs == null) {
            return Optional.empty();
        }
        boolean expected = query.expected() || candidate.dateOfBirth() == null;
        if (theirs.equals(query.birth())) {
            return Optional.of(new Resemblance(expected ? "Same expected date of birth" : "Same date of birth", 0));
        }
        if (expected && Math.abs(ChronoUnit.DAYS.between(theirs, query.birth())) <= EXPECTED_DAYS) {
            return Optional.of(new Resemblance("Born within " + EXPECTED_DAYS + " days of the expected date",
                    DATE_STEP));
        }
        if (!expected && transposed(query.birth()).filter(theirs::equals).isPresent()) {
            return Optional.of(new Resemblance("Date of birth with day and month the other way round", DATE_STEP));
        }
        return Optional.empty();
    }

    // An unborn child is often registered before it has a given name.
    private static boolean placeholder(Query query, Candidate candidate) {
        boolean unbornSide = query.expected() || candidate.dateOfBirth() == null;
        return unbornSide && (isPlaceholder(query.givenName()) || isPlaceholder(candidate.givenName()));
    }

    private static boolean isPlaceholder(String givenName) {
        return givenName != null && PLACEHOLDER_GIVEN_NAMES.contains(NameMatching.normalise(givenName));
    }

    private static Optional<LocalDate> transposed(LocalDate date) {
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return Optional.empty();
        }
        // Both are 12 or less, so the other way round is always a date.
        return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
    }
}
