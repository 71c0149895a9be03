package io.casework.casenotes.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The visit section as note versions saved it before structured sections (issue 11), in the {@code visit} column.
 * Those versions are sealed on the child's chain over this exact shape, so the chain reads them as this record
 * (whose JSON is what was sealed); a screen sees them converted to today's sections by {@link #sections()}.
 */
public record LegacyVisitSection(String venue, List<String> present, String purpose, String interpreter,
                                 Boolean announced, LocalTime startTime, Integer durationMinutes, Boolean childSeen,
                                 String childNotSeenReason, Boolean seenAlone, String notSeenAloneReason,
                                 Boolean bedroomSeen, String parentsViews, String carersViews,
                                 String changeOfCircumstances, String analysis, List<String> actions) {

    /**
     * Today's sections of the same visit: its parents' and carers' views as one view each (by who they were, as the
     * old text did not name them), and its interpreter by the name the old text gave.
     */
    public NoteSections sections() {
        List<ParentOrCarerView> views = new ArrayList<>();
        if (parentsViews != null) {
            views.add(new ParentOrCarerView(null, "Parents", parentsViews));
        }
        if (carersViews != null) {
            views.add(new ParentOrCarerView(null, "Carers", carersViews));
        }
        VisitSection visit = new VisitSection(null, venue, present, purpose, announced, startTime, durationMinutes,
                childSeen, childNotSeenReason, seenAlone, notSeenAloneReason, bedroomSeen, changeOfCircumstances,
                analysis, actions);
        return NoteSections.builder().visit(visit).parentsAndCarers(views.isEmpty() ? null : views)
                .interpreter(interpreter == null ? null : new Interpreter(interpreter, null, null)).build();
    }
}
