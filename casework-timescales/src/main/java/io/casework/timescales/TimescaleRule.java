package io.casework.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One recording timescale as a rule set holds it: what must be done, the event it runs from,
 * how long is allowed, and the seed it comes from.
 *
 * @param id stable identifier, the same across authorities for the same task
 *           (e.g. {@code case-note-recording}), so that an authority can override the base
 * @param what the recording or task the rule governs
 * @param trigger the event the timescale runs from (or, for {@link Direction#BEFORE}, runs up to)
 * @param timescale how long
 * @param direction whether the due point is after or before the trigger
 * @param recurring true when the task comes round again: the same as {@code every} being present
 * @param every for a recurring task, the cycle: the next one is due this long after the last one was done
 * @param follows the id of a rule in the same set whose due point is this rule's trigger
 *                (the team manager alert runs from the moment failed access reaches ten days)
 * @param source where the rule comes from
 * @param reading where the seed is loose, the unit chosen and why
 * @param origin the authority whose file defines the rule: the rule set's own, or the base's
 * @param tracking the events that open, meet and cancel the deadline, its owner and its escalation; empty for a
 *                 rule that is reference data until it is mapped to the suite's events
 * @param untrackedBecause for a rule that is not tracked, why the suite's events cannot track it (no event records
 *                         what meets it, or what opens it is another subject's); empty for a tracked rule, and for one
 *                         not yet looked at
 */
public record TimescaleRule(
        String id,
        String what,
        String trigger,
        Timescale timescale,
        Direction direction,
        boolean recurring,
        Optional<Timescale> every,
        Optional<String> follows,
        Source source,
        Optional<String> reading,
        String origin,
        Optional<Tracking> tracking,
        Optional<String> untrackedBecause) {

    public TimescaleRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(timescale, "timescale");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(every, "every");
        if (recurring != every.isPresent()) {
            throw new IllegalArgumentException(id + ": a rule recurs exactly when it has a cycle (every)");
        }
        Objects.requireNonNull(follows, "follows");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(untrackedBecause, "untrackedBecause");
        if (tracking.isPresent() && untrackedBecause.isPresent()) {
            throw new IllegalArgumentException(id + ": a tracked rule has no reason for being untracked");
        }
    }

    /** Whether the rule says, as data, which events open and meet it (see {@link Tracking}). */
    public boolean tracked() {
        return tracking.isPresent();
    }

    /**
     * The last date on time, counted from this rule's own trigger. A rule that
     * {@link #follows()} another needs its predecessor's due date as the trigger: use
     * {@link RuleSet#dueDate(String, LocalDate, WorkingDayCalendar)} to follow the chain.
     */
    public LocalDate dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        return direction == Direction.AFTER
                ? timescale.dueFrom(trigger, calendar)
                : timescale.dueBefore(trigger, calendar);
    }

    /** The moment due, counted from this rule's own trigger (see {@link Timescale}). */
    public LocalDateTime dueTime(LocalDateTime trigger, WorkingDayCalendar calendar) {
        return direction == Direction.AFTER
                ? timescale.dueFrom(trigger, calendar)
                : timescale.dueBefore(trigger, calendar);
    }

    /**
     * For a recurring task, the last date on time for the next one, counted from the day the last one was done
     * (not from its due date): a case summary due every 6 weeks and written late is next due 6 weeks after it was
     * written.
     */
    public LocalDate nextDueDate(LocalDate lastDone, WorkingDayCalendar calendar) {
        return every.orElseThrow(() -> new IllegalStateException("rule '" + id + "' does not recur"))
                .dueFrom(lastDone, calendar);
    }

    /** True when work done on {@code done} missed the due date for a trigger on {@code trigger}. */
    public boolean isLate(LocalDate trigger, LocalDate done, WorkingDayCalendar calendar) {
        return done.isAfter(dueDate(trigger, calendar));
    }

    /** True when work done at {@code done} missed the moment due for a trigger at {@code trigger}. */
    public boolean isLate(LocalDateTime trigger, LocalDateTime done, WorkingDayCalendar calendar) {
        return done.isAfter(dueTime(trigger, calendar));
    }
}
