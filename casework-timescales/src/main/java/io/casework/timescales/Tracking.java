package io.casework.timescales;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a rule is for, as data, so that a service can track it from events alone: the events that open the deadline,
 * those that meet it and those that cancel it, whose it is, and whom it goes to when it is breached. A rule without
 * tracking is reference data until it is mapped to the suite's events.
 *
 * <p>A meeting or cancelling event acts on the deadline opened for the same subject (the same step, note, alert or
 * child) as the event that opened it.
 *
 * @param opensOn the events that open the deadline, at least one
 * @param metBy the events that meet it, at least one
 * @param cancelledBy the events after which it is no longer owed (possibly none)
 * @param owner whose deadline it is
 * @param escalateTo the steps taken when it is breached, in order (possibly none)
 */
public record Tracking(
        List<EventMatch> opensOn,
        List<EventMatch> metBy,
        List<EventMatch> cancelledBy,
        DeadlineRole owner,
        List<Escalation> escalateTo) {

    public Tracking {
        opensOn = List.copyOf(opensOn);
        metBy = List.copyOf(metBy);
        cancelledBy = List.copyOf(cancelledBy);
        Objects.requireNonNull(owner, "owner");
        escalateTo = List.copyOf(escalateTo);
        if (opensOn.isEmpty() || metBy.isEmpty()) {
            throw new IllegalArgumentException("a tracked rule names at least one opening and one meeting event");
        }
    }

    /** Every event type the rule names, opening, meeting or cancelling. */
    public List<String> eventTypes() {
        return Stream.of(opensOn, metBy, cancelledBy)
                .flatMap(List::stream).map(EventMatch::eventType).distinct().toList();
    }
}
