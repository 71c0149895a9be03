package io.casework.casenotes.mapping;

import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Person;
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
import io.casework.casenotes.rest.dto.RemovedInformationDto;
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
        Person now = organisation.person(entry.getManagerUsername());
        return new ManagementEntryDto(entry.getId(), entry.getNoteId(), entry.getKind(), entry.getOutcome(),
                entry.getComments(), new Person(entry.getManagerUsername(), entry.getManagerName(),
                        entry.getManagerDesignation(), now == null ? null : now.team()),
                entry.getDecidedAt());
    }

    default AccessLogEntryDto toDto(AccessLogEntry entry) {
        return new AccessLogEntryDto(entry.getChildId(),
                new Person(entry.getUsername(), entry.getFullName(), entry.getDesignation(), entry.getTeam()),
                entry.getAction(), entry.getPurpose(), entry.getOutcome(), entry.getBasis(), entry.getAt(),
                entry.getService(), entry.getAccessClass());
    }

    /** A version, with the parts removed from it as factually inaccurate (002 s.5). */
    @Mapping(target = "version", source = "noteVersion.id.version")
    @Mapping(target = "removedInformation", source = "removedInformation")
    CaseNoteVersionDto toDto(CaseNoteVersion noteVersion, List<RemovedInformationDto> removedInformation,
            @Context StoredOrganisation organisation);

    /** A note nothing has been removed from (a draft, a submitted note). */
    default CaseNoteDto toDto(CaseNote note, CaseNoteVersion current, List<ManagementEntry> entries,
            @Context StoredOrganisation organisation) {
        return toDto(note, current, entries, List.of(), organisation);
    }

    /** A note, with the parts of its current version removed as factually inaccurate (002 s.5). */
    default CaseNoteDto toDto(CaseNote note, CaseNoteVersion current, List<ManagementEntry> entries,
            List<RemovedInformationDto> removedInformation, @Context StoredOrganisation organisation) {
        return new CaseNoteDto(note.getId(), note.getChildId(), note.getNoteType(), note.getStatus(),
                note.getCurrentVersion(), note.getEventDate(), current.getTitle(), current.getNarrative(),
                current.getChildsVoice(), current.getVisit(), current.getReturnComments(),
                new Person(note.getAuthorUsername(), note.getAuthorName(), note.getAuthorDesignation(),
                        note.getAuthorTeam()),
                note.getWrittenAt(), note.getSubmittedAt(), note.getFinalisedAt(), note.isLate(),
                entries.stream().map(entry -> toDto(entry, organisation)).toList(), removedInformation);
    }

    /** A username the record kept alone goes out as the person it names, from the organisation model. */
    default Person person(String username, @Context StoredOrganisation organisation) {
        return organisation.person(username);
    }
}
