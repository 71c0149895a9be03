package io.casework.casenotes.service;

import io.casework.casenotes.domain.NoteType;
import io.casework.timescales.RuleSet;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

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
        return ruleIds(type).stream()
                .flatMap(id -> ruleSet.findRule(id).stream())
                .findFirst()
                .map(rule -> rule.isLate(eventDate, writtenOn, calendar))
                .orElse(false);
    }

    /** The most specific rule first: an authority without a visit timescale still has its case-note one. */
    static List<String> ruleIds(NoteType type) {
        return switch (type) {
            case CASE_NOTE -> List.of("case-note-recording");
            case STATUTORY_VISIT -> List.of("statutory-visit-recording", "visit-recording", "case-note-recording");
            case VISIT -> List.of("visit-recording", "case-note-recording");
        };
    }
}
