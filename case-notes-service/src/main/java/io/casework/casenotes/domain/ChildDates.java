package io.casework.casenotes.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a child's record opens with, bounded by what they mean (docs/security.md "Input"). A record is for a
 * child, a care leaver (supported to 25) or an unborn child: so a date of birth is in the last {@value #OLDEST_YEARS}
 * years and not in the future; an expected date of birth is at most {@value EventDates#PREGNANCY_DAYS} days ahead
 * (a full pregnancy) and at most {@value #OVERDUE_DAYS} days past (a birth not yet recorded); a plan starts no
 * earlier than a pregnancy before the child's birth, and no more than {@value #PLANNED_AHEAD_DAYS} days ahead.
 */
public final class ChildDates {

    public static final int OLDEST_YEARS = 26;
    public static final int OVERDUE_DAYS = 42;
    public static final int PLANNED_AHEAD_DAYS = 366;

    private ChildDates() {
    }

    /** A field and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    public static List<Problem> problems(boolean unborn, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                                         LocalDate planStartDate, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (unborn) {
            if (dateOfBirth != null) {
                problems.add(new Problem("dateOfBirth", "an unborn child has no date of birth yet"));
            }
            if (expectedDateOfBirth == null) {
                problems.add(new Problem("expectedDateOfBirth", "give the expected date of birth"));
            } else if (expectedDateOfBirth.isAfter(today.plusDays(EventDates.PREGNANCY_DAYS))
                    || expectedDateOfBirth.isBefore(today.minusDays(OVERDUE_DAYS))) {
                problems.add(new Problem("expectedDateOfBirth", "must be from " + today.minusDays(OVERDUE_DAYS)
                        + " to " + today.plusDays(EventDates.PREGNANCY_DAYS)));
            }
        } else if (dateOfBirth == null) {
            problems.add(new Problem("dateOfBirth", "required unless the child is unborn"));
        } else if (dateOfBirth.isBefore(today.minusYears(OLDEST_YEARS))) {
            problems.add(new Problem("dateOfBirth", "must not be before " + today.minusYears(OLDEST_YEARS)
                    + ": the record is for a child or care leaver"));
        }
        LocalDate birth = dateOfBirth != null ? dateOfBirth : expectedDateOfBirth;
        if (planStartDate != null && planStartDate.isAfter(today.plusDays(PLANNED_AHEAD_DAYS))) {
            problems.add(new Problem("planStartDate", "must not be after " + today.plusDays(PLANNED_AHEAD_DAYS)));
        }
        if (planStartDate != null && birth != null
                && planStartDate.isBefore(birth.minusDays(EventDates.PREGNANCY_DAYS))) {
            problems.add(new Problem("planStartDate", "must not be before " + birth.minusDays(EventDates.PREGNANCY_DAYS)
                    + ", a pregnancy before the child's birth"));
        }
        return problems;
    }
}
