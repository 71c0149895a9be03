package io.casework.system;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of a statutory visit note as a social worker's screen would send it, for the journey and the load. */
public final class VisitNotes {

    private VisitNotes() {
    }

    /** A CP statutory visit on {@code eventDate}: the child seen alone, their own words kept apart from the worker's. */
    public static Map<String, Object> statutoryVisit(LocalDate eventDate, String title, String narrative) {
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("statutoryVisit", "CP");
        visit.put("venue", "Family home");
        visit.put("purpose", "CP statutory visit");
        visit.put("announced", false);
        visit.put("childSeen", true);
        visit.put("seenAlone", true);
        visit.put("bedroomSeen", true);
        visit.put("analysis", "The plan is working; risks reduced.");
        // At the start of the day: a visit recorded today happened earlier today, never later.
        return Map.of("noteType", "STATUTORY_VISIT", "eventDate", eventDate.toString(), "eventTime", "00:00",
                "title", title, "narrative", narrative,
                "parentsAndCarers", List.of(Map.of("name", "Sarah Harrison", "relationship", "Mother",
                        "views", "Mother says mornings are calmer.")),
                "childsVoice", Map.of("words", "I like it when Mum walks me to school.",
                        "howObtained", "Alone, in their bedroom"),
                "visit", visit);
    }
}
