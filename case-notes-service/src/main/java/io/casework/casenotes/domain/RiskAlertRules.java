package io.casework.casenotes.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of 001 "Risk Alerts" as plain Java: "It is mandatory to record the date the risk alert started or was
 * first known about", and the alert "must be reviewed by a Head of Service within six months of being recorded and
 * at least six monthly thereafter".
 */
public final class RiskAlertRules {

    /** "within six months", "six monthly thereafter". */
    private static final int REVIEW_MONTHS = 6;

    private RiskAlertRules() {
    }

    /**
     * The last day on which the next review is in time: six calendar months after the day the alert was recorded (the
     * head of service's approval) or last reviewed. A month without that day ends the period on its last day (31
     * August gives 28 or 29 February).
     */
    public static LocalDate reviewDue(LocalDate recordedOrReviewed) {
        return recordedOrReviewed.plusMonths(REVIEW_MONTHS);
    }

    /** Whether an active alert's review is overdue on {@code today}: the due date has passed without one. */
    public static boolean reviewOverdue(RiskAlertState state, LocalDate reviewDue, LocalDate today) {
        return state == RiskAlertState.ACTIVE && reviewDue != null && today.isAfter(reviewDue);
    }

    /**
     * Whether the overdue review of an alert due on {@code reviewDue} is still to be announced: it is overdue on
     * {@code today}, and the breach announced so far (if any) was for an earlier due date.
     */
    public static boolean overdueToAnnounce(RiskAlertState state, LocalDate reviewDue, LocalDate announcedFor,
            LocalDate today) {
        return reviewOverdue(state, reviewDue, today) && !reviewDue.equals(announcedFor);
    }

    /** Why the date the risk started or was first known cannot be taken, or empty: it cannot be after today. */
    public static Optional<String> startedOnRefusal(LocalDate startedOn, LocalDate today) {
        return startedOn.isAfter(today) ? Optional.of("is after today: the date the risk started or was first known "
                + "has happened") : Optional.empty();
    }

    /** Why the alert may not be reviewed, or empty: only an ACTIVE alert is reviewed. */
    public static Optional<String> reviewRefusal(RiskAlertState state) {
        return state == RiskAlertState.ACTIVE ? Optional.empty()
                : Optional.of("Only an ACTIVE alert is reviewed; this one is " + state + ".");
    }
}
