package io.casework.visits.domain;

import io.casework.contracts.events.VisitRecorded;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What one version of a visit's note says about the visit: the facts compliance is judged by (003 s.5b: seen, seen
 * alone and why not, bedroom seen for CP and CLA; announced or not, time and duration; 002 s.6: an unborn child has
 * none of the seen facts).
 */
public record VisitFacts(
        int noteVersion,
        LocalDate visitDate,
        boolean childSeen,
        Boolean seenAlone,
        boolean statutory,
        String statutoryVisit,
        boolean unborn,
        String notSeenAloneReason,
        Boolean bedroomSeen,
        Boolean announced,
        LocalTime startTime,
        Integer durationMinutes) {

    public static VisitFacts of(VisitRecorded recorded) {
        boolean unborn = Boolean.TRUE.equals(recorded.unborn());
        return new VisitFacts(recorded.noteVersion(), recorded.visitDate(), !unborn && recorded.childSeen(),
                unborn ? null : recorded.seenAlone(), recorded.statutory(), recorded.statutoryVisit(), unborn,
                recorded.notSeenAloneReason(), recorded.bedroomSeen(), recorded.announced(), recorded.startTime(),
                recorded.durationMinutes());
    }
}
