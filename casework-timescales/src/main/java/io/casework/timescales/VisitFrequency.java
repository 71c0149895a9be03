package io.casework.timescales;

import io.casework.contracts.VisitKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How often a child must be visited, as a rule set holds it: for which kind of visit and which circumstances, the
 * first visit after the start (a placement, a plan, the authority learning of a private fostering arrangement), and
 * the stages of intervals after it.
 *
 * <p>Intervals are the longest allowed: the next visit is due that long after the last visit that counted (the clock
 * restarts when the child is actually seen), and the stage in force on the day of that visit decides the interval. A
 * visit in the first year of a placement is followed within six weeks even if the year ends before then.
 *
 * @param id       stable identifier, the same across authorities, so that an authority can replace the base's
 * @param kind     the visits it is for
 * @param what     what it says, in words
 * @param when     the circumstances it is for: each named fact must have one of the listed values (a placement's
 *                 type, the looked-after episode's legal status, the placement's arrangement, whether it is intended
 *                 to last until 18); empty for the kind's general frequency
 * @param first    the first visit is due within this of the start; empty when the first stage's interval applies
 * @param stages   the intervals after the first visit, in order; only the last lasts for ever
 * @param source   the law, seed or local standard it follows
 * @param reading  where the source is loose, how the suite reads it
 * @param origin   the authority whose file defines it
 */
public record VisitFrequency(
        String id,
        VisitKind kind,
        String what,
        Map<String, Set<String>> when,
        Optional<Timescale> first,
        List<VisitStage> stages,
        FrequencySource source,
        Optional<String> reading,
        String origin) {

    public VisitFrequency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        when = Map.copyOf(when);
        Objects.requireNonNull(first, "first");
        stages = List.copyOf(stages);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(origin, "origin");
        if (stages.isEmpty() || !stages.get(stages.size() - 1).open()) {
            throw new IllegalArgumentException(id + ": the last stage must last for ever");
        }
        if (stages.subList(0, stages.size() - 1).stream().anyMatch(VisitStage::open)) {
            throw new IllegalArgumentException(id + ": only the last stage lasts for ever");
        }
    }

    /** Whether the child's circumstances are the ones this frequency is for. */
    public boolean appliesTo(Map<String, String> facts) {
        return when.entrySet().stream().allMatch(condition -> facts.get(condition.getKey()) != null
                && condition.getValue().contains(facts.get(condition.getKey())));
    }

    /** How many circumstances it names: the most specific frequency that applies is the one used. */
    public int specificity() {
        return when.size();
    }

    /**
     * The last day on time for the next visit.
     *
     * @param start       the day the visits started: the placement's, the plan's, the awareness date
     * @param lastVisit   the last visit that counted, on or after the start; empty before the first
     * @param firstReview the day the first looked-after review was held, if it has been
     */
    public LocalDate nextDue(LocalDate start, Optional<LocalDate> lastVisit, Optional<LocalDate> firstReview,
                             WorkingDayCalendar calendar) {
        Objects.requireNonNull(start, "start");
        if (lastVisit.isEmpty()) {
            // No stage can have ended on the day the visits began: the first stage's interval, unless a first visit
            // is due sooner.
            return first.orElseGet(() -> stages.get(0).every()).dueFrom(start, calendar);
        }
        return stageOn(lastVisit.get(), start, firstReview, calendar).every().dueFrom(lastVisit.get(), calendar);
    }

    /** The stage in force on {@code day}; see {@link #nextDue}. */
    public VisitStage stageOn(LocalDate day, LocalDate start, Optional<LocalDate> firstReview,
                              WorkingDayCalendar calendar) {
        for (VisitStage stage : stages) {
            boolean over = stage.untilSinceStart().map(length -> !day.isBefore(length.dueFrom(start, calendar)))
                    .orElse(stage.untilFirstReview() && firstReview.filter(held -> !day.isBefore(held)).isPresent());
            if (!over) {
                return stage;
            }
        }
        return stages.get(stages.size() - 1);
    }
}
