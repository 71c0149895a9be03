package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.LocalTime;
import java.util.List;

/**
 * The structured part of a visit record, as 001 "Recording Visits" and 003 s.5b list it. The child's own words are
 * in {@link ChildsVoice}, not here, so that they are never mixed into the worker's account.
 */
public record VisitSection(
        @Size(max = InputLimits.LINE) String venue,
        @Size(max = InputLimits.LIST_ITEMS) List<@Size(max = InputLimits.NAME) String> present,
        @Size(max = InputLimits.LINE) String purpose,
        @Size(max = InputLimits.NAME) String interpreter,
        Boolean announced,
        LocalTime startTime,
        @Min(1) @Max(InputLimits.VISIT_MINUTES) Integer durationMinutes,
        Boolean childSeen,
        @Size(max = InputLimits.PARAGRAPH) String childNotSeenReason,
        Boolean seenAlone,
        @Size(max = InputLimits.PARAGRAPH) String notSeenAloneReason,
        Boolean bedroomSeen,
        @Size(max = InputLimits.PARAGRAPH) String parentsViews,
        @Size(max = InputLimits.PARAGRAPH) String carersViews,
        @Size(max = InputLimits.PARAGRAPH) String changeOfCircumstances,
        @Size(max = InputLimits.PARAGRAPH) String analysis,
        @Size(max = InputLimits.LIST_ITEMS) List<@Size(max = InputLimits.LINE) String> actions) {

    public boolean childWasSeen() {
        return Boolean.TRUE.equals(childSeen);
    }
}
