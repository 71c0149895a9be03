package io.casework.deadlines.domain;

import io.casework.contracts.NoteType;
import io.casework.timescales.RuleSet;
import io.casework.timescales.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * 004 "Recording Statutory Visits": a statutory visit case note waits for practice manager oversight, within the
 * authority's timescale (5 working days in the LCS guide). The amount is the rule set's, never written here.
 */
public final class StatutoryVisitOversight {

    private StatutoryVisitOversight() {
    }

    /** Only notes that need oversight (statutory visits) wait for it here; other submitted notes open no deadline. */
    public static boolean appliesTo(NoteType noteType) {
        return noteType.needsOversight();
    }

    /** The last day on time for oversight of a note submitted on {@code submittedOn}, under {@code rules}. */
    public static LocalDate dueDate(RuleSet rules, LocalDate submittedOn, WorkingDayCalendar calendar) {
        return rules.dueDate(DeadlineKind.MANAGEMENT_OVERSIGHT.ruleId(), submittedOn, calendar);
    }
}
