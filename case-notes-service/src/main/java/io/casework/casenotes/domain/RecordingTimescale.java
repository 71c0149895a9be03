package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;
import io.casework.timescales.RuleSet;
import io.casework.timescales.TimescaleRule;
import io.casework.timescales.TimescaleUnit;
import io.casework.timescales.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Whether an entry was recorded after its authority's recording timescale (002 s.5: "Where records are made or
 * updated late or after the event, this fact must be clearly indicated in the record"). The rule is the first of
 * {@link NoteType#recordingRules()} that the authority's rule set has; an authority with none for the type marks
 * nothing late rather than guessing. The due point runs from the event: a rule in hours from the event's date and
 * time (a note without a time, written before notes had one, from the start of its day), any other from its date.
 * The judgement names the rule and the rule data's version it was made by.
 */
public final class RecordingTimescale {

    private RecordingTimescale() {
    }

    /**
     * The judgement of an entry on a rule: when it was due (a date, or for a rule in hours a moment), and if it was
     * recorded after that, how many working days late (0 when late by hours within the same working day).
     */
    public record Judgement(String ruleId, String rulesVersion, LocalDate dueDate, Instant dueAt, boolean late,
                            Integer workingDaysLate) {
    }

    /** The rules and calendar an authority judges by, in its own time zone. */
    public record Authority(RuleSet rules, String rulesVersion, WorkingDayCalendar calendar, ZoneId zone) {
    }

    public static Optional<Judgement> judge(Authority authority, NoteType type, LocalDate eventDate,
                                            LocalTime eventTime, Instant recordedAt) {
        Optional<TimescaleRule> found = type.recordingRules().stream()
                .flatMap(id -> authority.rules().findRule(id).stream())
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TimescaleRule rule = found.get();
        WorkingDayCalendar calendar = authority.calendar();
        LocalDate recordedOn = LocalDate.ofInstant(recordedAt, authority.zone());
        if (rule.timescale().unit() == TimescaleUnit.HOURS) {
            LocalTime from = eventTime == null ? LocalTime.MIDNIGHT : eventTime;
            Instant dueAt = authority.rules().dueTime(rule.id(), eventDate.atTime(from), calendar)
                    .atZone(authority.zone()).toInstant();
            boolean late = recordedAt.isAfter(dueAt);
            LocalDate dueOn = LocalDate.ofInstant(dueAt, authority.zone());
            return Optional.of(new Judgement(rule.id(), authority.rulesVersion(), dueOn, dueAt, late,
                    late ? Math.max(0, calendar.workingDaysBetween(dueOn, recordedOn)) : null));
        }
        LocalDate due = authority.rules().dueDate(rule.id(), eventDate, calendar);
        boolean late = recordedOn.isAfter(due);
        return Optional.of(new Judgement(rule.id(), authority.rulesVersion(), due, null, late,
                late ? calendar.workingDaysBetween(due, recordedOn) : null));
    }
}
