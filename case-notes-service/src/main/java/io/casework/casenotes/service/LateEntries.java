package io.casework.casenotes.service;

import io.casework.casenotes.domain.NoteType;
import io.casework.timescales.RuleSet;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * Whether an entry was written after its authority's recording timescale, counted from the event's date
 * (002 s.5: late entries are marked visibly). An authority whose rule set has no timescale for a kind of entry
 * marks none of them late rather than guessing one.
 */
@ApplicationScoped
public class LateEntries {

    @Inject
    RuleSet ruleSet;

    @Inject
    WorkingDayCalendar calendar;

    public boolean isLate(NoteType type, LocalDate eventDate, LocalDate writtenOn) {
        return ruleSet.findRule(ruleId(type))
                .map(rule -> rule.isLate(eventDate, writtenOn, calendar))
                .orElse(false);
    }

    static String ruleId(NoteType type) {
        return switch (type) {
            case CASE_NOTE -> "case-note-recording";
            case STATUTORY_VISIT -> "statutory-visit-recording";
            case VISIT -> "visit-recording";
        };
    }
}
