package io.casework.casenotes.service;

import io.casework.casenotes.domain.RecordingTimescale;
import io.casework.casenotes.domain.RecordingTimescale.Judgement;
import io.casework.contracts.NoteType;
import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Judges entries against this deployment's authority's recording timescales ({@link RecordingTimescale}), in its
 * time zone, naming the rule data's version.
 */
@ApplicationScoped
public class LateEntries {

    @Inject
    RuleSet ruleSet;

    @Inject
    RuleSetRegistry registry;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** The judgement of a note of {@code type} about an event at that date and time, first recorded at {@code at}. */
    public Optional<Judgement> judge(NoteType type, LocalDate eventDate, LocalTime eventTime, Instant recordedAt) {
        return RecordingTimescale.judge(new RecordingTimescale.Authority(ruleSet, registry.version(), calendar,
                clock.getZone()), type, eventDate, eventTime, recordedAt);
    }
}
