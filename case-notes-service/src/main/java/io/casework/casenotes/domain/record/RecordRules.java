package io.casework.casenotes.domain.record;

import io.casework.casenotes.domain.ChildDates;
import io.casework.casenotes.domain.ChildDates.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a child's basic record wrong on its face, field by field, as a worker completes or corrects it (001 "The
 * Basic Record", 002 s.6) and as a birth is recorded. Everything is optional (registration takes what is known, the
 * rest is completed later); what is given must be possible.
 */
public final class RecordRules {

    /** 002 s.6: what an unborn child's ethnicity, religion and gender are until the birth. */
    public static final String NOT_YET_OBTAINED = "Information not yet obtained";
    /**
     * How long before its record was opened a birth may be recorded as having happened: a record opened as unborn
     * from a referral that arrived after an early birth, as far back as the latest an expected date may be recorded
     * ({@link ChildDates#OVERDUE_DAYS} days).
     */
    public static final int BIRTH_BEFORE_OPENING_DAYS = ChildDates.OVERDUE_DAYS;

    private static final Pattern NHS_NUMBER = Pattern.compile("^[0-9]{10}$");
    // A check letter, eleven digits, and a digit (or a letter for a temporary number).
    private static final Pattern UNIQUE_PUPIL_NUMBER = Pattern.compile("^[A-Z][0-9]{11}[0-9A-Z]$");
    private static final Pattern NATIONAL_INSURANCE_NUMBER = Pattern.compile("^[A-Z]{2}[0-9]{6}[A-D]$");
    /** Schemes that give a child one number: a second is a mistake, not a history. */
    private static final Set<IdentifierScheme> ONE_EACH = EnumSet.of(IdentifierScheme.NHS_NUMBER,
            IdentifierScheme.UNIQUE_PUPIL_NUMBER, IdentifierScheme.NATIONAL_INSURANCE_NUMBER);

    private RecordRules() {
    }

    /**
     * What is wrong with these details for a child who is (or is not) unborn, as of {@code today}. The dates of birth
     * are checked by {@link ChildDates}; the equality details of an unborn child must be not yet obtained (002 s.6),
     * recorded when the birth is.
     */
    public static List<Problem> problems(ChildDetails details, boolean unborn, LocalDate planStartDate,
                                         LocalDate today) {
        List<Problem> problems = new ArrayList<>(ChildDates.problems(unborn, details.dateOfBirth(),
                details.expectedDateOfBirth(), planStartDate, today));
        if (unborn) {
            unbornEquality(problems, "gender", details.gender());
            unbornEquality(problems, "ethnicity", details.ethnicity());
            unbornEquality(problems, "religion", details.religion());
        } else if (details.expectedDateOfBirth() != null) {
            problems.add(new Problem("expectedDateOfBirth", "a born child has a date of birth, not an expected one"));
        }
        identifiers(problems, details.identifiers());
        addresses(problems, details.addresses());
        household(problems, details.household(), today);
        significantPeople(problems, details.significantPeople(), today);
        schools(problems, details.schools());
        return problems;
    }

    /**
     * What is wrong with recording a birth on {@code birthDate} for a record opened on {@code openedOn}: never in the
     * future, and not long before the record was opened.
     */
    public static List<Problem> birthProblems(LocalDate birthDate, LocalDate openedOn, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate earliest = openedOn.minusDays(BIRTH_BEFORE_OPENING_DAYS);
        if (birthDate.isAfter(today)) {
            problems.add(new Problem("dateOfBirth", "a birth is recorded once it has happened: not after " + today));
        } else if (birthDate.isBefore(earliest)) {
            problems.add(new Problem("dateOfBirth", "must not be before " + earliest + ": the record was opened for "
                    + "an unborn child on " + openedOn));
        }
        return problems;
    }

    /** Whether an NHS number is ten digits whose last is the modulus 11 check digit of the nine before it. */
    public static boolean validNhsNumber(String value) {
        if (value == null || !NHS_NUMBER.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (value.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == value.charAt(9) - '0';
    }

    private static void unbornEquality(List<Problem> problems, String field, String value) {
        if (value != null && !NOT_YET_OBTAINED.equals(value)) {
            problems.add(new Problem(field, "an unborn child's " + field + " is \"" + NOT_YET_OBTAINED + "\" until "
                    + "the birth is recorded (002 s.6)"));
        }
    }

    private static void identifiers(List<Problem> problems, List<ChildIdentifier> identifiers) {
        Set<IdentifierScheme> seen = EnumSet.noneOf(IdentifierScheme.class);
        for (int i = 0; i < identifiers.size(); i++) {
            ChildIdentifier identifier = identifiers.get(i);
            String at = "identifiers[" + i + "]";
            String value = identifier.value() == null ? "" : identifier.value();
            switch (identifier.scheme()) {
                case NHS_NUMBER -> {
                    if (!validNhsNumber(value)) {
                        problems.add(new Problem(at + ".value", "an NHS number is ten digits, the last a check digit "
                                + "that this one does not match"));
                    }
                }
                case UNIQUE_PUPIL_NUMBER -> {
                    if (!UNIQUE_PUPIL_NUMBER.matcher(value).matches()) {
                        problems.add(new Problem(at + ".value", "a unique pupil number is a capital letter, eleven "
                                + "digits and a digit or capital letter"));
                    }
                }
                case NATIONAL_INSURANCE_NUMBER -> {
                    if (!NATIONAL_INSURANCE_NUMBER.matcher(value).matches()) {
                        problems.add(new Problem(at + ".value", "a National Insurance number is two capital letters, "
                                + "six digits and A, B, C or D"));
                    }
                }
                case OTHER_SYSTEM -> {
                    if (identifier.system() == null || identifier.system().isBlank()) {
                        problems.add(new Problem(at + ".system", "name the system that issued the identifier"));
                    }
                }
                case HOME_OFFICE_REFERENCE -> {
                    // issued in several formats over the years: any text
                }
            }
            if (ONE_EACH.contains(identifier.scheme()) && !seen.add(identifier.scheme())) {
                problems.add(new Problem(at + ".scheme", "a child has one " + identifier.scheme() + "; correct the "
                        + "one recorded instead of adding another"));
            }
        }
    }

    private static void addresses(List<Problem> problems, List<Address> addresses) {
        for (int i = 0; i < addresses.size(); i++) {
            Address address = addresses.get(i);
            if (address.from() != null && address.to() != null && address.to().isBefore(address.from())) {
                problems.add(new Problem("addresses[" + i + "].to", "must not be before " + address.from()
                        + ", the day the child moved in"));
            }
        }
    }

    private static void household(List<Problem> problems, List<HouseholdMember> members, LocalDate today) {
        for (int i = 0; i < members.size(); i++) {
            LocalDate born = members.get(i).dateOfBirth();
            if (born != null && born.isAfter(today)) {
                problems.add(new Problem("household[" + i + "].dateOfBirth", "must not be after " + today));
            }
        }
    }

    private static void significantPeople(List<Problem> problems, List<SignificantPerson> people, LocalDate today) {
        for (int i = 0; i < people.size(); i++) {
            SignificantPerson person = people.get(i);
            if (person.dateOfDeath() == null) {
                continue;
            }
            if (!person.deceased()) {
                problems.add(new Problem("significantPeople[" + i + "].deceased", "a date of death is given: "
                        + "deceased must be true"));
            } else if (person.dateOfDeath().isAfter(today)) {
                problems.add(new Problem("significantPeople[" + i + "].dateOfDeath", "must not be after " + today));
            }
        }
    }

    private static void schools(List<Problem> problems, List<School> schools) {
        for (int i = 0; i < schools.size(); i++) {
            School school = schools.get(i);
            if (school.onRoll() != null && school.offRoll() != null && school.offRoll().isBefore(school.onRoll())) {
                problems.add(new Problem("schools[" + i + "].offRoll", "must not be before " + school.onRoll()
                        + ", the day the child came on the roll"));
            }
        }
    }
}
