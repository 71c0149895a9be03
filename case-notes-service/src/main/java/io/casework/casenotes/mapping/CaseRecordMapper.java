package io.casework.casenotes.mapping;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.repository.AccessLogEntry;
import io.casework.casenotes.repository.CaseNote;
import io.casework.casenotes.repository.CaseNoteVersion;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ManagementEntry;
import io.casework.casenotes.rest.dto.AccessLogEntryDto;
import io.casework.casenotes.rest.dto.CaseNoteDto;
import io.casework.casenotes.rest.dto.CaseNoteVersionDto;
import io.casework.casenotes.rest.dto.ChildDto;
import io.casework.casenotes.rest.dto.ManagementEntryDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

/** Entities to the DTOs on the wire; entities never leave the service layer. */
@Mapper
public interface CaseRecordMapper {

    @Mapping(target = "detailsWithheld", constant = "false")
    ChildDto toDto(Child child);

    ManagementEntryDto toDto(ManagementEntry entry);

    AccessLogEntryDto toDto(AccessLogEntry entry);

    @Mapping(target = "version", source = "id.version")
    @Mapping(target = "childsVoice", expression = "java(childsVoice(version))")
    CaseNoteVersionDto toDto(CaseNoteVersion version);

    default ChildsVoice childsVoice(CaseNoteVersion version) {
        if (version.childsWords == null && version.childsWordsHow == null) {
            return null;
        }
        return new ChildsVoice(version.childsWords, version.childsWordsHow);
    }

    default CaseNoteDto toDto(CaseNote note, CaseNoteVersion current, List<ManagementEntry> entries) {
        return new CaseNoteDto(note.id, note.childId, note.noteType, note.status, note.currentVersion, note.eventDate,
                current.title, current.narrative, childsVoice(current), current.visit, current.returnComments,
                new Person(note.authorUsername, note.authorName, note.authorDesignation, note.authorTeam),
                note.writtenAt, note.submittedAt, note.finalisedAt, note.late,
                entries.stream().map(this::toDto).toList());
    }
}
