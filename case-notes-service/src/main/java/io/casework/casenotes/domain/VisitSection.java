package io.casework.casenotes.domain;

import java.time.LocalTime;
import java.util.List;

/**
 * The structured part of a visit record, as 001 "Recording Visits" and 003 s.5b list it. The child's own words are
 * in {@link ChildsVoice}, not here, so that they are never mixed into the worker's account.
 */
public record VisitSection(
        String venue,
        List<String> present,
        String purpose,
        String interpreter,
        Boolean announced,
        LocalTime startTime,
        Integer durationMinutes,
        Boolean childSeen,
        String childNotSeenReason,
        Boolean seenAlone,
        String notSeenAloneReason,
        Boolean bedroomSeen,
        String parentsViews,
        String carersViews,
        String changeOfCircumstances,
        String analysis,
        List<String> actions) {

    public boolean childWasSeen() {
        return Boolean.TRUE.equals(childSeen);
    }
}
