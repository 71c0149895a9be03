package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.domain.EventDates;
import io.casework.casenotes.domain.NoteLifecycle;
import io.casework.casenotes.domain.NoteType;
import io.casework.casenotes.domain.VisitRules;
import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.repository.CaseNote;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.repository.CaseNoteVersion;
import io.casework.casenotes.repository.CaseNoteVersionRepository;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ManagementEntry;
import io.casework.casenotes.repository.ManagementEntryRepository;
import io.casework.casenotes.rest.dto.CaseNoteDto;
import io.casework.casenotes.rest.dto.CaseNoteRequest;
import io.casework.casenotes.rest.dto.CaseNoteVersionDto;
import io.casework.casenotes.rest.dto.RemovedInformationDto;
import io.casework.contracts.events.CaseNoteFinalised;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.VisitRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Writing, editing, submitting and reading case notes; every change adds a version, none overwrites one. */
@ApplicationScoped
public class CaseNoteService {

    @Inject
    RecordChain chain;

    @Inject
    ChildService childService;

    @Inject
    CaseNoteRepository notes;

    @Inject
    CaseNoteVersionRepository versions;

    @Inject
    ManagementEntryRepository managementEntries;

    @Inject
    RecordAccess access;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    LateEntries lateEntries;

    @Inject
    InformationRemovalService removedInformation;

    @Inject
    CaseRecordMapper mapper;

    /** Names the managers and savers of versions that the record keeps by username alone. */
    @Inject
    StoredOrganisation organisation;

    /** The one clock: when things are recorded, and today for working days and lateness in the authority's zone. */
    @Inject
    Clock clock;

    @Transactional
    public CaseNoteDto create(UUID childId, CaseNoteRequest request) {
        Child child = childService.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "createCaseNote");
        refuseStraySection(request);
        refuseImpossibleDate(request, child);
        Instant now = clock.instant();
        CaseNote note = CaseNote.write(childId, request.noteType(), request.eventDate(), new Person(caller.username(),
                caller.fullName(), caller.designation(), caller.team()), now,
                lateIfWritten(request.noteType(), request.eventDate(), now));
        notes.persist(note);
        CaseNoteVersion version = newVersion(note, request, now);
        return mapper.toDto(note, version, List.of(), organisation);
    }

    @Transactional
    public CaseNoteDto update(UUID noteId, CaseNoteRequest request, String ifMatch) {
        CaseNote note = lockedNote(noteId);
        Child child = childService.find(note.getChildId());
        access.require(child, AccessClass.RECORD_WRITE, "updateCaseNote");
        refuse(note.refusalToEdit(caller.username()));
        // After the access and state checks, so that neither a stranger nor a stale tab learns the version.
        Preconditions.requireCurrent(ifMatch, note.getCurrentVersion(), "note");
        if (request.noteType() != note.getNoteType()) {
            throw Problems.invalidFields("A note's type is fixed when it is created",
                    List.of(FieldViolation.body("noteType", "must stay " + note.getNoteType())));
        }
        refuseStraySection(request);
        refuseImpossibleDate(request, child);
        Instant now = clock.instant();
        note.revise(caller.username(), request.eventDate(), lateIfWritten(note.getNoteType(), request.eventDate(),
                now));
        CaseNoteVersion version = newVersion(note, request, now);
        return mapper.toDto(note, version, managementEntries.forNote(noteId), organisation);
    }

    /** The author hands a note to management oversight; from then on only a manager acts on it (004). */
    @Transactional
    public CaseNoteDto submit(UUID noteId) {
        CaseNote note = lockedNote(noteId);
        Child child = childService.find(note.getChildId());
        access.require(child, AccessClass.RECORD_WRITE, "submitCaseNote");
        refuse(note.refusalToSubmit(caller.username()));
        CaseNoteVersion current = versions.current(note);
        checkVisit(note, child, current);
        Instant now = clock.instant();
        note.submit(caller.username(), now, lateIfWritten(note.getNoteType(), note.getEventDate(), now));
        outbox.publish(child.getId().toString(), new CaseNoteSubmitted(note.getId(), child.getId(),
                note.getCurrentVersion(), note.getNoteType().name(), note.getEventDate(), note.getAuthorUsername(),
                note.getAuthorName(), child.getTeam(), note.getSubmittedAt()));
        announceVisit(note, current);
        return mapper.toDto(note, current, managementEntries.forNote(noteId), organisation);
    }

    /** A note that needs no oversight is made final by its author. */
    @Transactional
    public CaseNoteDto finalise(UUID noteId) {
        CaseNote note = lockedNote(noteId);
        Child child = childService.find(note.getChildId());
        access.require(child, AccessClass.RECORD_WRITE, "finaliseCaseNote");
        refuse(note.refusalToFinalise(caller.username()));
        CaseNoteVersion current = versions.current(note);
        checkVisit(note, child, current);
        Instant now = clock.instant();
        note.finalise(caller.username(), now, lateIfWritten(note.getNoteType(), note.getEventDate(), now));
        outbox.publish(child.getId().toString(), new CaseNoteFinalised(note.getId(), child.getId(),
                note.getCurrentVersion(), note.getNoteType().name(), caller.username(), note.getFinalisedAt()));
        announceVisit(note, current);
        return mapper.toDto(note, current, List.of(), organisation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseNoteDto get(UUID noteId) {
        CaseNote note = readableNote(noteId, "getCaseNote");
        return mapper.toDto(note, versions.current(note), managementEntries.forNote(noteId), removedInformation
                .shownOn(List.of(noteId)).getOrDefault(new CaseNoteVersion.Key(noteId, note.getCurrentVersion()),
                        List.of()), organisation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseNoteVersionDto> versions(UUID noteId, PageQuery page) {
        readableNote(noteId, "listCaseNoteVersions");
        return Pagination.page(versions.allOf(noteId, page), page, CaseNoteVersionRepository::cursorOf, rows -> {
            Map<CaseNoteVersion.Key, List<RemovedInformationDto>> removed = removedInformation.shownOn(
                    List.of(noteId));
            return rows.stream().map(version -> mapper.toDto(version, removed.getOrDefault(version.getId(),
                    List.of()), organisation)).toList();
        });
    }

    /** One page of the child's notes; their current versions, management entries and removals in a query each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseNoteDto> ofChild(UUID childId, CaseNoteRepository.NoteFilter filter, PageQuery page) {
        access.require(childService.find(childId), AccessClass.RECORD_READ, "listCaseNotes");
        return Pagination.page(notes.ofChild(childId, filter, page), page, CaseNoteRepository::cursorOf, rows -> {
            List<UUID> ids = rows.stream().map(CaseNote::getId).toList();
            Map<UUID, CaseNoteVersion> current = versions.currentOf(ids);
            Map<UUID, List<ManagementEntry>> entries = managementEntries.forNotes(ids);
            Map<CaseNoteVersion.Key, List<RemovedInformationDto>> removed = removedInformation.shownOn(ids);
            return rows.stream().map(n -> mapper.toDto(n, current.get(n.getId()),
                    entries.getOrDefault(n.getId(), List.of()), removed.getOrDefault(
                            new CaseNoteVersion.Key(n.getId(), n.getCurrentVersion()), List.of()),
                    organisation)).toList();
        });
    }

    /**
     * A replayed Idempotency-Key response shows the note again: the caller must still be allowed to read the child's
     * record (and the replay is logged), whatever they were allowed when they first asked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReplay(UUID noteId, String action) {
        readableNote(noteId, action);
    }

    /** The note, once the caller is allowed to read its child's record (the access is logged either way). */
    private CaseNote readableNote(UUID noteId, String action) {
        CaseNote note = notes.findByIdOptional(noteId).orElseThrow(() -> Problems.notFound("Case note", noteId));
        access.require(childService.find(note.getChildId()), AccessClass.RECORD_READ, action);
        return note;
    }

    /**
     * Whether an entry about an event on {@code eventDate} is late if written at {@code now} (in the authority's
     * zone). Asked whenever the author saves or hands the note on: moving the event date back, or finishing a draft
     * long after the event, makes it late; the note keeps it late once it is.
     */
    private boolean lateIfWritten(NoteType type, LocalDate eventDate, Instant now) {
        return lateEntries.isLate(type, eventDate, LocalDate.ofInstant(now, clock.getZone()));
    }

    private CaseNote lockedNote(UUID noteId) {
        return notes.findForUpdate(noteId).orElseThrow(() -> Problems.notFound("Case note", noteId));
    }

    private CaseNoteVersion newVersion(CaseNote note, CaseNoteRequest request, Instant at) {
        CaseNoteVersion version = CaseNoteVersion.saved(note, request.title(), request.narrative(),
                request.childsVoice(), request.visit(), caller.username(), at);
        chain.append(version);
        return version;
    }

    private static void refuseImpossibleDate(CaseNoteRequest request, Child child) {
        EventDates.problem(request.noteType(), request.eventDate(), child.getDateOfBirth(),
                        child.getExpectedDateOfBirth())
                .ifPresent(problem -> {
                    throw Problems.invalidFields("eventDate " + problem, List.of(FieldViolation.body("eventDate",
                            problem)));
                });
    }

    private static void refuseStraySection(CaseNoteRequest request) {
        if (!request.noteType().hasVisitSection() && request.visit() != null) {
            throw Problems.invalidFields("Only visit notes carry a visit section",
                    List.of(FieldViolation.body("visit", "remove it, or record the note as a visit")));
        }
    }

    private static void checkVisit(CaseNote note, Child child, CaseNoteVersion current) {
        List<VisitRules.Violation> violations = VisitRules.check(note.getNoteType(), child.getPlanType(),
                child.isUnborn(), current.getVisit());
        if (!violations.isEmpty()) {
            throw Problems.invalidFields("The visit record is not complete",
                    violations.stream().map(v -> FieldViolation.body(v.field(), v.message())).toList());
        }
    }

    private void announceVisit(CaseNote note, CaseNoteVersion current) {
        if (note.getNoteType().hasVisitSection() && current.getVisit() != null) {
            outbox.publish(note.getChildId().toString(), new VisitRecorded(note.getId(), note.getChildId(),
                    note.getEventDate(), current.getVisit().childWasSeen(),
                    VisitRules.isStatutory(note.getNoteType(), current.getVisit())));
        }
    }

    private static void refuse(Optional<NoteLifecycle.Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw r.notPermitted() ? Problems.forbidden("note-not-permitted", r.reason())
                    : Problems.conflict("note-state", r.reason());
        });
    }
}
