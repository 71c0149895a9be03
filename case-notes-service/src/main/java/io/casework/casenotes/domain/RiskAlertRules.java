package io.casework.casenotes.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of 001 "Risk Alerts" as plain Java: "It is mandatory to record the date the risk alert started or was
 * first known about", and only an active alert is reviewed. When a review is due ("within six months of being
 * recorded and at least six monthly thereafter") is the authority's rule, counted by deadlines-service and learnt
 * from its announcement.
 */
public final class RiskAlertRules {

    private RiskAlertRules() {
    }

    /** Whether an active alert's review is overdue on {@code today}: the due date has passed without one. */
    public static boolean reviewOverdue(RiskAlertState state, LocalDate reviewDue, LocalDate today) {
        return state == RiskAlertState.ACTIVE && reviewDue != null && today.isAfter(reviewDue);
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
