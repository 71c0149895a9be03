package io.casework.casenotes.mapping;

import io.casework.backbone.access.readmodel.StoredOrganisation;
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
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

/**
 * Entities to the DTOs on the wire; entities never leave the service layer. A person the record kept by name and
 * designation (a note's author, a manager, whoever accessed the record) goes out as the record kept them; one it
 * kept by username alone is completed from the organisation model ({@link StoredOrganisation#person}).
 */
@Mapper
public interface CaseRecordMapper {

    @Mapping(target = "detailsWithheld", constant = "false")
    ChildDto toDto(Child child, @Context StoredOrganisation organisation);

    default ManagementEntryDto toDto(ManagementEntry entry, @Context StoredOrganisation organisation) {
        // The entry kept the manager's name and designation when they decided, not their team.
        Person now = organisation.person(entry.managerUsername);
        return new ManagementEntryDto(entry.id, entry.noteId, entry.kind, entry.outcome, entry.comments,
                new Person(entry.managerUsername, entry.managerName, entry.managerDesignation,
                        now == null ? null : now.team()),
                entry.decidedAt);
    }

    default AccessLogEntryDto toDto(AccessLogEntry entry) {
        return new AccessLogEntryDto(entry.childId,
                new Person(entry.username, entry.fullName, entry.designation, entry.team), entry.action,
                entry.purpose, entry.outcome, entry.basis, entry.at, entry.service, entry.accessClass);
    }

    @Mapping(target = "version", source = "id.version")
    @Mapping(target = "childsVoice", expression = "java(childsVoice(version))")
    CaseNoteVersionDto toDto(CaseNoteVersion version, @Context StoredOrganisation organisation);

    default ChildsVoice childsVoice(CaseNoteVersion version) {
        if (version.childsWords == null && version.childsWordsHow == null) {
            return null;
        }
        return new ChildsVoice(version.childsWords, version.childsWordsHow);
    }

    default CaseNoteDto toDto(CaseNote note, CaseNoteVersion current, List<ManagementEntry> entries,
            @Context StoredOrganisation organisation) {
        return new CaseNoteDto(note.id, note.childId, note.noteType, note.status, note.currentVersion, note.eventDate,
                current.title, current.narrative, childsVoice(current), current.visit, current.returnComments,
                new Person(note.authorUsername, note.authorName, note.authorDesignation, note.authorTeam),
                note.writtenAt, note.submittedAt, note.finalisedAt, note.late,
                entries.stream().map(entry -> toDto(entry, organisation)).toList());
    }

    /** A username the record kept alone goes out as the person it names, from the organisation model. */
    default Person person(String username, @Context StoredOrganisation organisation) {
        return organisation.person(username);
    }
}
