package io.casework.casenotes.mapping;

import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Person;
import io.casework.casenotes.repository.AccessLogEntry;
import io.casework.casenotes.repository.CaseNote;
import io.casework.casenotes.repository.CaseNoteVersion;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChildRecordChange;
import io.casework.casenotes.repository.ManagementEntry;
import io.casework.casenotes.domain.NoteSections;
import io.casework.casenotes.domain.Ssda903;
import io.casework.casenotes.rest.dto.AccessLogEntryDto;
import io.casework.casenotes.rest.dto.CaseNoteDto;
import io.casework.casenotes.rest.dto.CaseNoteVersionDto;
import io.casework.casenotes.rest.dto.ChildDto;
import io.casework.casenotes.rest.dto.FieldChangeDto;
import io.casework.casenotes.rest.dto.ManagementEntryDto;
import io.casework.casenotes.rest.dto.RecordChangeDto;
import io.casework.casenotes.rest.dto.RestrictionDto;
import io.casework.casenotes.rest.dto.CorrectionLinkDto;
import io.casework.casenotes.rest.dto.LateMarkDto;
import io.casework.casenotes.rest.dto.ManagementEntryDto;
import io.casework.contracts.NoteType;
import io.casework.casenotes.rest.dto.RemovedInformationDto;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.LocalDate;
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
                entry.getDecidedAt(), true);
    }

    default AccessLogEntryDto toDto(AccessLogEntry entry) {
        return new AccessLogEntryDto(entry.getChildId(),
                new Person(entry.getUsername(), entry.getFullName(), entry.getDesignation(), entry.getTeam()),
                entry.getAction(), entry.getPurpose(), entry.getOutcome(), entry.getBasis(), entry.getAt(),
                entry.getService(), entry.getAccessClass());
    }

    default CaseNoteVersionDto toDto(CaseNoteVersion version, @Context StoredOrganisation organisation) {
        return toDto(version, List.of(), organisation);
    }

    /** A version, with the parts removed from it as factually inaccurate (002 s.5). */
    default CaseNoteVersionDto toDto(CaseNoteVersion version, List<RemovedInformationDto> removedInformation,
            @Context StoredOrganisation organisation) {
        NoteSections sections = version.getSections();
        return new CaseNoteVersionDto(version.getId().version(), version.getTitle(), version.getNarrative(),
                version.getChildsVoice(), sections.visit(), sections.parentsAndCarers(), sections.statements(),
                sections.interpreter(), sections.contact(), sections.keepInTouch(), sections.informationSharing(),
                sections.withheld(), sections.significantEvent(), sections.amends(), sections.disputes(),
                version.getReturnComments(), version.getSavedAt(), person(version.getSavedBy(), organisation),
                removedInformation);
    }

    /**
     * A note at its {@code current} version, with its management entries and the amendments and disputes that name
     * it; {@code dateOfBirth} is its child's (null when unborn), for a KIT's SSDA903 flag.
     */
    default CaseNoteDto toDto(CaseNote note, CaseNoteVersion current, List<ManagementEntry> entries,
            List<CaseNote> corrections, LocalDate dateOfBirth, @Context StoredOrganisation organisation) {
        return toDto(note, current, entries, corrections, dateOfBirth, List.of(), organisation);
    }

    /** As above, with the parts of its current version removed as factually inaccurate (002 s.5). */
    default CaseNoteDto toDto(CaseNote note, CaseNoteVersion current, List<ManagementEntry> entries,
            List<CaseNote> corrections, LocalDate dateOfBirth, List<RemovedInformationDto> removedInformation,
            @Context StoredOrganisation organisation) {
        NoteSections sections = current.getSections();
        Ssda903 ssda903 = note.getNoteType() == NoteType.CARE_LEAVER_KIT && dateOfBirth != null
                ? Ssda903.of(dateOfBirth, note.getEventDate()) : null;
        return new CaseNoteDto(note.getId(), note.getChildId(), note.getNoteType(), note.getStatus(),
                note.getCurrentVersion(), note.getEventDate(), note.getEventTime(), current.getTitle(),
                current.getNarrative(), current.getChildsVoice(), sections.visit(), sections.parentsAndCarers(),
                sections.statements(), sections.interpreter(), sections.contact(), sections.keepInTouch(), ssda903,
                sections.informationSharing(), sections.withheld(), sections.significantEvent(), sections.amends(),
                sections.disputes(), links(corrections, NoteType.AMENDMENT), links(corrections, NoteType.DISPUTE),
                note.getFamilyGroupId(), current.getReturnComments(), author(note), note.getWrittenAt(),
                note.getSubmittedAt(), note.getFinalisedAt(), note.isManagementEntry(), lateMark(note),
                entries.stream().map(entry -> toDto(entry, organisation)).toList(), removedInformation);
    }

    /**
     * A change to the child's record, with who made it as the history kept them; one carried over from before their
     * name and post were kept goes out with the username alone, as kept.
     */
    default RecordChangeDto toDto(ChildRecordChange change) {
        return new RecordChangeDto(change.getId(), change.getChildId(), change.getKind(), change.getRecordVersion(),
                changedBy(change), change.getChangedAt(), change.getReason(), change.getChanges().stream()
                        .map(c -> new FieldChangeDto(c.field(), c.before(), c.after())).toList());
    }

    /** The record's restriction and the last decision on it ({@code decision} null when none was ever made). */
    default RestrictionDto toRestrictionDto(Child child, ChildRecordChange decision) {
        return decision == null
                ? new RestrictionDto(child.getId(), child.getRestriction(), null, null, null, child.getVersion())
                : new RestrictionDto(child.getId(), child.getRestriction(), changedBy(decision),
                decision.getChangedAt(), decision.getReason(), child.getVersion());
    }

    /** Who made a change to the record as the history kept them. */
    default Person changedBy(ChildRecordChange change) {
        return change.getChangedByName() == null ? Person.known(change.getChangedBy())
                : new Person(change.getChangedBy(), change.getChangedByName(), change.getChangedByDesignation(),
                        change.getChangedByTeam());
    }

    /** The note's author as the record kept them when it was written. */
    default Person author(CaseNote note) {
        return new Person(note.getAuthorUsername(), note.getAuthorName(), note.getAuthorDesignation(),
                note.getAuthorTeam());
    }

    /** The late mark of a note first recorded after its timescale; null for one on time. */
    default LateMarkDto lateMark(CaseNote note) {
        return note.isLate() ? new LateMarkDto(note.getRecordingDueDate(), note.getRecordingDueAt(),
                note.getWorkingDaysLate(), note.getRecordingRuleId(), note.getRulesVersion()) : null;
    }

    /** The corrections of one type (amendments, disputes) among those naming a note, oldest first. */
    default List<CorrectionLinkDto> links(List<CaseNote> corrections, NoteType type) {
        return corrections.stream().filter(c -> c.getNoteType() == type)
                .map(c -> new CorrectionLinkDto(c.getId(), c.getStatus(), c.getWrittenAt(), author(c))).toList();
    }

    /** A username the record kept alone goes out as the person it names, from the organisation model. */
    default Person person(String username, @Context StoredOrganisation organisation) {
        return organisation.person(username);
    }
}
