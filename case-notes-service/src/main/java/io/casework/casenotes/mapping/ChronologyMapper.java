package io.casework.casenotes.mapping;

import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.RemovedContent;
import io.casework.casenotes.domain.CourtChronologyRules;
import io.casework.casenotes.domain.RoutineRecording;
import io.casework.casenotes.domain.SignificantEvent;
import io.casework.casenotes.repository.ChronologyRepository.Entry;
import io.casework.casenotes.rest.dto.ChronologyItemDto;
import io.casework.casenotes.rest.dto.CorrectionLinkDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto.EarlierEventDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto.LeftOutDto;
import org.mapstruct.Mapper;

import java.util.List;

/** The chronology's entries to the DTOs on the wire, named for what each shows of an event. */
@Mapper
public interface ChronologyMapper {

    /**
     * An event in full, with the amendments that correct its note ({@link CaseRecordMapper#links}). A significant
     * note without its event had the event removed as factually inaccurate (002 s.5): it keeps its place in the
     * chronology, marked as a removed text part is, so that the story shows something was there.
     */
    default ChronologyItemDto inFull(Entry entry, List<CorrectionLinkDto> amendments) {
        SignificantEvent event = entry.event();
        return new ChronologyItemDto(entry.noteId(), entry.noteType(), entry.status(), entry.eventDate(),
                entry.eventTime(), event == null ? RemovedContent.MARKER : event.whatHappened(),
                event == null ? null : event.whoIsAffectedAndHow(),
                event == null || event.peopleAffected() == null ? List.of() : event.peopleAffected(),
                event == null ? null : event.impact(), recorder(entry), amendments);
    }

    /** An event before the court chronology's two years, in one line (003 s.6c). */
    default EarlierEventDto oneLine(Entry entry) {
        return new EarlierEventDto(entry.eventDate(),
                CourtChronologyRules.oneLine(entry.event() == null ? RemovedContent.MARKER
                        : entry.event().whatHappened()),
                entry.noteId());
    }

    default LeftOutDto leftOut(RoutineRecording routine, int count) {
        return new LeftOutDto(routine, routine.reason(), List.copyOf(routine.noteTypes()), count);
    }

    default Person recorder(Entry entry) {
        return new Person(entry.authorUsername(), entry.authorName(), entry.authorDesignation(), entry.authorTeam());
    }
}
