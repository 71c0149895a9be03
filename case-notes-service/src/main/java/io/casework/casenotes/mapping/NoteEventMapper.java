package io.casework.casenotes.mapping;

import io.casework.casenotes.domain.KeepInTouchSection;
import io.casework.casenotes.domain.VisitRules;
import io.casework.casenotes.domain.VisitSection;
import io.casework.casenotes.repository.CaseNote;
import io.casework.contracts.events.KeepInTouchRecorded;
import io.casework.contracts.events.VisitRecorded;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a submitted or finalised note tells the other services it recorded, at the note's current version: a later
 * version of the same note replaces what an earlier one said.
 */
@ApplicationScoped
public class NoteEventMapper {

    /**
     * A visit's facts, with the compliance facts visits-service checks. An unborn child cannot be seen (002 s.6):
     * such a visit says so and carries no "seen" facts, which is also why the reason for not being seen alone goes
     * out only when the child was seen and not alone.
     */
    public VisitRecorded visitRecorded(CaseNote note, boolean unborn, VisitSection visit) {
        boolean seenButNotAlone = visit.childWasSeen() && Boolean.FALSE.equals(visit.seenAlone());
        return new VisitRecorded(note.getId(), note.getChildId(), note.getEventDate(), visit.childWasSeen(),
                VisitRules.isStatutory(note.getNoteType(), visit), note.getCurrentVersion(), visit.seenAlone(),
                note.getNoteType(),
                visit.statutoryVisit() == null ? null : visit.statutoryVisit().name(),
                unborn,
                seenButNotAlone ? visit.notSeenAloneReason() : null,
                visit.bedroomSeen(),
                visit.announced(),
                visit.startTime(),
                visit.durationMinutes());
    }

    /**
     * A care leaver's keep-in-touch contact, on the day of the note's event (004 "Recording KIT Visits"). The section
     * is complete by then: a submission or finalisation is refused without all three facts.
     */
    public KeepInTouchRecorded keepInTouchRecorded(CaseNote note, KeepInTouchSection kit) {
        return new KeepInTouchRecorded(note.getId(), note.getChildId(), note.getEventDate(), note.getCurrentVersion(),
                kit.inTouch(), kit.mainActivity().name(), kit.accommodation());
    }
}
