package io.casework.deadlines.domain;

import io.casework.timescales.RuleSet;
import io.casework.timescales.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * 004 "Recording Statutory Visits": a statutory visit case note waits for practice manager oversight, within the
 * authority's timescale (5 working days in the LCS guide). The amount is the rule set's, never written here.
 */
public final class StatutoryVisitOversight {

    /** The case-notes-service note type that needs oversight. */
    public static final String NOTE_TYPE = "STATUTORY_VISIT";

    private StatutoryVisitOversight() {
    }

    /** Only statutory visit notes wait for oversight; other submitted notes open no deadline here. */
    public static boolean appliesTo(String noteType) {
        return NOTE_TYPE.equals(noteType);
    }

    /** The last day on time for oversight of a note submitted on {@code submittedOn}, under {@code rules}. */
    public static LocalDate dueDate(RuleSet rules, LocalDate submittedOn, WorkingDayCalendar calendar) {
        return rules.dueDate(DeadlineKind.MANAGEMENT_OVERSIGHT.ruleId(), submittedOn, calendar);
    }
}
