package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.domain.Amends;
import io.casework.casenotes.domain.ChildSeen;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.Disputes;
import io.casework.casenotes.domain.EventDates;
import io.casework.casenotes.domain.InformationShared;
import io.casework.casenotes.domain.NoteAuthors;
import io.casework.casenotes.domain.NoteLifecycle;
import io.casework.casenotes.domain.NoteRules;
import io.casework.casenotes.domain.NoteSections;
import io.casework.casenotes.domain.RecordingTimescale.Judgement;
import io.casework.casenotes.domain.VisitSection;
import io.casework.casenotes.domain.Violation;
import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.mapping.NoteEventMapper;
import io.casework.casenotes.repository.CaseNote;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.repository.CaseNoteVersion;
import io.casework.casenotes.repository.CaseNoteVersionRepository;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ManagementEntry;
import io.casework.casenotes.repository.ManagementEntryRepository;
import io.casework.casenotes.rest.dto.AmendmentRequest;
import io.casework.casenotes.rest.dto.CaseNoteDto;
import io.casework.casenotes.rest.dto.CaseNoteRequest;
import io.casework.casenotes.rest.dto.CaseNoteVersionDto;
import io.casework.casenotes.rest.dto.DisputeRequest;
import io.casework.casenotes.rest.dto.FamilyChildRequest;
import io.casework.casenotes.rest.dto.InformationSharingRequest;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseNoteAmended;
import io.casework.contracts.events.CaseNoteDisputed;
import io.casework.casenotes.rest.dto.RemovedInformationDto;
import io.casework.contracts.events.CaseNoteFinalised;
import io.casework.contracts.events.CaseNoteSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writing, editing, submitting, correcting and reading case notes; every change adds a version or an entry, none
 * overwrites one (001 "Case Record Integrity", 002 s.5).
 */
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

    @Inject
    NoteEventMapper noteEvents;

    /** Names the managers and savers of versions that the record keeps by username alone. */
    @Inject
    StoredOrganisation organisation;

    /** The one clock: when things are recorded, and today for working days and lateness in the authority's zone. */
    @Inject
    Clock clock;

    /** What one child's note of a family note holds of its own. */
    private record ChildsNote(Child child, ChildsVoice childsVoice, NoteSections sections) {
    }

    /**
     * Writes a draft on the child's record and, for a family, one on each other child's record, linked by a family
     * group: each with the shared account and only that child's own words and visit facts (001 "Relevance", 003
     * s.4). The author must be allowed to write on every one of them, or nothing is written.
     */
    @Transactional
    public CaseNoteDto create(UUID childId, CaseNoteRequest request) {
        NoteType type = request.noteType();
        Child child = childService.find(childId);
        List<FamilyChildRequest> others = request.alsoFor() == null ? List.of() : request.alsoFor();
        List<Child> family = familyOf(child, others);
        if (type.correction()) {
            throw Problems.invalidFields("AMENDMENT and DISPUTE notes are recorded through their own operations",
                    List.of(FieldViolation.body("noteType", "record an amendment with POST /case-notes/{noteId}/"
                            + "amendments and a dispute with POST /case-notes/{noteId}/disputes")));
        }
        for (Child each : family) {
            access.require(each, accessClassFor(type), "createCaseNote");
        }
        refuseAuthorship(type);
        NoteSections shared = sections(request, null, null);
        refuseStrays(type, shared);
        for (int i = 0; i < others.size(); i++) {
            if (!type.visit() && others.get(i).seen() != null) {
                throw Problems.invalidFields("Only a visit note says whether each child was seen",
                        List.of(FieldViolation.body("alsoFor[" + i + "].seen", "remove it: a " + type
                                + " note has no visit section")));
            }
        }
        for (Child each : family) {
            refuseImpossibleDate(type, request.eventDate(), each);
        }
        refuseFutureTime(request.eventDate(), request.eventTime());
        List<ChildsNote> written = new ArrayList<>();
        written.add(new ChildsNote(child, request.childsVoice(), shared));
        for (int i = 0; i < others.size(); i++) {
            FamilyChildRequest other = others.get(i);
            written.add(new ChildsNote(family.get(i + 1), other.childsVoice(), asSeenBy(shared, other.seen())));
        }
        Instant now = clock.instant();
        Person author = access.person();
        UUID familyGroup = others.isEmpty() ? null : UUID.randomUUID();
        Optional<Judgement> timeliness =
                lateEntries.judge(type, request.eventDate(), request.eventTime(), now);
        // Each child's chain is locked as its note is appended: always in one order, so that two family notes for
        // the same children cannot wait on each other.
        written.sort(Comparator.comparing(w -> w.child().getId()));
        CaseNoteDto answer = null;
        for (ChildsNote each : written) {
            CaseNote note = CaseNote.write(each.child().getId(), type, request.eventDate(), request.eventTime(),
                    author, now, timeliness, each.sections().significant(), familyGroup);
            notes.persist(note);
            CaseNoteVersion version = newVersion(note, request.title(), request.narrative(), each.childsVoice(),
                    each.sections(), now);
            if (each.child() == child) {
                answer = mapper.toDto(note, version, List.of(), List.of(), child.getDateOfBirth(), organisation);
            }
        }
        return answer;
    }

    @Transactional
    public CaseNoteDto update(UUID noteId, CaseNoteRequest request, String ifMatch) {
        CaseNote note = lockedNote(noteId);
        Child child = childService.find(note.getChildId());
        access.require(child, accessClassFor(note.getNoteType()), "updateCaseNote");
        refuse(note.refusalToEdit(caller.username()));
        // After the access and state checks, so that neither a stranger nor a stale tab learns the version.
        Preconditions.requireCurrent(ifMatch, note.getCurrentVersion(), "note");
        note.refusalToRetype(request.noteType()).ifPresent(refusal -> {
            throw Problems.invalidFields("A note's type is fixed when it is written",
                    List.of(FieldViolation.body("noteType", refusal.reason())));
        });
        if (request.alsoFor() != null && !request.alsoFor().isEmpty()) {
            throw Problems.invalidFields("A family note's children are fixed when it is written",
                    List.of(FieldViolation.body("alsoFor", "remove it: each child's note is edited on its own")));
        }
        NoteSections sections = sections(request, note, versions.current(note).getSections());
        refuseStrays(request.noteType(), sections);
        refuseImpossibleDate(request.noteType(), request.eventDate(), child);
        refuseFutureTime(request.eventDate(), request.eventTime());
        Instant now = clock.instant();
        note.revise(caller.username(), request.noteType(), request.eventDate(), request.eventTime(),
                lateEntries.judge(request.noteType(), request.eventDate(), request.eventTime(), note.getWrittenAt()),
                sections.significant());
        CaseNoteVersion version = newVersion(note, request.title(), request.narrative(), request.childsVoice(),
                sections, now);
        return toDto(note, version, child);
    }

    /** The author hands a note to management oversight; from then on only a manager acts on it (004). */
    @Transactional
    public CaseNoteDto submit(UUID noteId) {
        CaseNote note = lockedNote(noteId);
        Child child = childService.find(note.getChildId());
        access.require(child, accessClassFor(note.getNoteType()), "submitCaseNote");
        refuse(note.refusalToSubmit(caller.username()));
        CaseNoteVersion current = versions.current(note);
        checkComplete(note, child, current);
        note.submit(caller.username(), clock.instant());
        outbox.publish(child.getId().toString(), new CaseNoteSubmitted(note.getId(), child.getId(),
                note.getCurrentVersion(), note.getNoteType(), note.getEventDate(), note.getAuthorUsername(),
                note.getAuthorName(), child.getTeam(), note.getSubmittedAt()));
        announceRecorded(note, child, current);
        return toDto(note, current, child);
    }

    /** A note that needs no oversight is made final by its author (supervision by the supervisor, 002). */
    @Transactional
    public CaseNoteDto finalise(UUID noteId) {
        CaseNote note = lockedNote(noteId);
        Child child = childService.find(note.getChildId());
        access.require(child, accessClassFor(note.getNoteType()), "finaliseCaseNote");
        refuse(note.refusalToFinalise(caller.username()));
        CaseNoteVersion current = versions.current(note);
        checkComplete(note, child, current);
        note.finalise(caller.username(), clock.instant());
        outbox.publish(child.getId().toString(), new CaseNoteFinalised(note.getId(), child.getId(),
                note.getCurrentVersion(), note.getNoteType(), caller.username(), note.getFinalisedAt()));
        announceRecorded(note, child, current);
        return toDto(note, current, child);
    }

    /**
     * The team manager corrects a final entry with an AMENDMENT that names it and the reason, final at once as a
     * management entry; the entry itself is never changed (001 "Case Record Integrity").
     */
    @Transactional
    public CaseNoteDto amend(UUID noteId, AmendmentRequest request) {
        CaseNote original = notes.findByIdOptional(noteId).orElseThrow(() -> Problems.notFound("Case note", noteId));
        Child child = childService.find(original.getChildId());
        access.requireTeamManager(child, "amendCaseNote");
        refuse(original.refusalToAmend());
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(clock.getZone());
        Person teamManager = access.person();
        CaseNote amendment = CaseNote.amend(original, teamManager, now, local.toLocalDate(),
                local.toLocalTime().truncatedTo(ChronoUnit.SECONDS));
        notes.persist(amendment);
        CaseNoteVersion version = newVersion(amendment, request.title(), request.narrative(), null,
                NoteSections.builder().amends(new Amends(original.getId(), request.reason())).build(), now);
        outbox.publish(child.getId().toString(), new CaseNoteAmended(amendment.getId(), child.getId(),
                original.getId(), request.reason(), teamManager.username(), teamManager.fullName(), now));
        return toDto(amendment, version, child);
    }

    /**
     * Records a decision made elsewhere as a final MANAGEMENT_DECISION note in the decider's name, on the child's
     * chain, in the caller's transaction (a consumer's, with no caller of its own): the head of service's case note
     * that evidences the reason for a roll-back (000).
     *
     * @return the note's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID recordDecision(Child child, Person decider, String title, String narrative) {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(clock.getZone());
        CaseNote note = CaseNote.decisionOnRecord(child.getId(), decider, now, local.toLocalDate(),
                local.toLocalTime().truncatedTo(ChronoUnit.SECONDS));
        notes.persist(note);
        CaseNoteVersion version = CaseNoteVersion.saved(note, title, narrative, null, NoteSections.builder().build(),
                decider.username(), now);
        chain.append(version);
        return note.getId();
    }

    /**
     * A child's or parent's disagreement with an entry, in their words, becomes a DISPUTE draft linked to it, which
     * goes through the ordinary lifecycle; the entry itself is never changed (002 s.5, 003 s.5d).
     */
    @Transactional
    public CaseNoteDto dispute(UUID noteId, DisputeRequest request) {
        CaseNote original = notes.findByIdOptional(noteId).orElseThrow(() -> Problems.notFound("Case note", noteId));
        Child child = childService.find(original.getChildId());
        access.require(child, AccessClass.RECORD_WRITE, "recordDispute");
        refuse(original.refusalToDispute());
        refuseImpossibleDate(NoteType.DISPUTE, request.eventDate(), child);
        refuseFutureTime(request.eventDate(), request.eventTime());
        Instant now = clock.instant();
        CaseNote dispute = CaseNote.dispute(original, request.eventDate(), request.eventTime(), access.person(), now,
                lateEntries.judge(NoteType.DISPUTE, request.eventDate(), request.eventTime(), now));
        notes.persist(dispute);
        CaseNoteVersion version = newVersion(dispute, request.title(), request.narrative(), null,
                NoteSections.builder().disputes(new Disputes(original.getId(), request.raisedBy(),
                        request.theirWords())).build(), now);
        outbox.publish(child.getId().toString(), new CaseNoteDisputed(dispute.getId(), child.getId(),
                original.getId(), request.raisedBy().relationship(), caller.username(), now));
        return toDto(dispute, version, child);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseNoteDto get(UUID noteId) {
        CaseNote note = readableNote(noteId, "getCaseNote");
        return toDto(note, versions.current(note), childService.find(note.getChildId()));
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

    /**
     * One page of the child's notes; their current versions, management entries, corrections and removals in a
     * query each, not a query each per note.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseNoteDto> ofChild(UUID childId, CaseNoteRepository.NoteFilter filter, PageQuery page) {
        Child child = childService.find(childId);
        access.require(child, AccessClass.RECORD_READ, "listCaseNotes");
        return Pagination.page(notes.ofChild(childId, filter, page), page, CaseNoteRepository::cursorOf, rows -> {
            List<UUID> ids = rows.stream().map(CaseNote::getId).toList();
            Map<UUID, CaseNoteVersion> current = versions.currentOf(ids);
            Map<UUID, List<ManagementEntry>> entries = managementEntries.forNotes(ids);
            Map<UUID, List<CaseNote>> corrections = notes.correcting(ids);
            Map<CaseNoteVersion.Key, List<RemovedInformationDto>> removed = removedInformation.shownOn(ids);
            return rows.stream().map(n -> mapper.toDto(n, current.get(n.getId()),
                    entries.getOrDefault(n.getId(), List.of()), corrections.getOrDefault(n.getId(), List.of()),
                    child.getDateOfBirth(), removed.getOrDefault(new CaseNoteVersion.Key(n.getId(),
                            n.getCurrentVersion()), List.of()), organisation)).toList();
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

    /**
     * The class of access a note of this type needs: management entries are record.manage (ACCESS-RULES: "management
     * entries: oversight, decisions, ... amendments"), every other note record.write.
     */
    static AccessClass accessClassFor(NoteType type) {
        return type.managersDecision() || type == NoteType.AMENDMENT ? AccessClass.RECORD_MANAGE
                : AccessClass.RECORD_WRITE;
    }

    /** The note, once the caller is allowed to read its child's record (the access is logged either way). */
    private CaseNote readableNote(UUID noteId, String action) {
        CaseNote note = notes.findByIdOptional(noteId).orElseThrow(() -> Problems.notFound("Case note", noteId));
        access.require(childService.find(note.getChildId()), AccessClass.RECORD_READ, action);
        return note;
    }

    private CaseNoteDto toDto(CaseNote note, CaseNoteVersion version, Child child) {
        return mapper.toDto(note, version, managementEntries.forNote(note.getId()),
                notes.correcting(List.of(note.getId())).getOrDefault(note.getId(), List.of()),
                child.getDateOfBirth(), removedInformation.shownOn(List.of(note.getId()))
                        .getOrDefault(version.getId(), List.of()), organisation);
    }

    /** The child and the other children of the family a note is also written for, each once. */
    private List<Child> familyOf(Child child, List<FamilyChildRequest> others) {
        List<Child> family = new ArrayList<>(List.of(child));
        Set<UUID> seen = new HashSet<>(Set.of(child.getId()));
        for (int i = 0; i < others.size(); i++) {
            UUID other = others.get(i).childId();
            if (!seen.add(other)) {
                throw Problems.invalidFields("Each child of a family note is named once",
                        List.of(FieldViolation.body("alsoFor[" + i + "].childId", "names " + other + " again")));
            }
            family.add(childService.find(other));
        }
        return family;
    }

    /**
     * The sections a request describes. On an update, {@code note}'s link to what it disputes is kept, and so is who
     * disputes it when the request does not say again; information sharing names its decider as the organisation
     * model names them now.
     */
    private NoteSections sections(CaseNoteRequest request, CaseNote note, NoteSections previous) {
        List<FieldViolation> unknown = new ArrayList<>();
        List<InformationShared> shared = null;
        if (request.informationSharing() != null) {
            shared = new ArrayList<>();
            for (int i = 0; i < request.informationSharing().size(); i++) {
                shared.add(shared(request.informationSharing().get(i), "informationSharing[" + i + "].decidedBy",
                        unknown));
            }
        }
        if (!unknown.isEmpty()) {
            throw Problems.invalidFields("Information sharing names someone the organisation model does not hold",
                    unknown);
        }
        Disputes disputes = null;
        if (note != null && note.getNoteType() == NoteType.DISPUTE) {
            disputes = request.dispute() == null ? previous.disputes()
                    : new Disputes(note.getCorrectsNoteId(), request.dispute().raisedBy(),
                    request.dispute().theirWords());
        } else if (request.dispute() != null) {
            throw Problems.invalidFields("Only a DISPUTE records a dispute", List.of(FieldViolation.body("dispute",
                    "record a dispute with POST /case-notes/{noteId}/disputes")));
        }
        return NoteSections.builder().visit(request.visit()).parentsAndCarers(request.parentsAndCarers())
                .statements(request.statements()).interpreter(request.interpreter()).contact(request.contact())
                .keepInTouch(request.keepInTouch()).informationSharing(shared).withheld(request.withheld())
                .significantEvent(request.significantEvent()).disputes(disputes).build();
    }

    private InformationShared shared(InformationSharingRequest request, String field, List<FieldViolation> unknown) {
        Person decidedBy = null;
        if (request.decidedBy() != null) {
            decidedBy = access.member(request.decidedBy()).orElse(null);
            if (decidedBy == null) {
                unknown.add(FieldViolation.body(field, request.decidedBy() + " is not a member of staff"));
            }
        }
        return new InformationShared(request.what(), request.sharedOn(), request.withWhom(), request.why(),
                request.consent(), request.reasonWithoutConsent(), decidedBy);
    }

    /** A brother's or sister's copy: the family's visit with their own seen facts, never the child's. */
    private static NoteSections asSeenBy(NoteSections shared, ChildSeen seen) {
        if (shared.visit() == null) {
            return shared;
        }
        VisitSection theirs = shared.visit().asSeenBy(seen == null
                ? new ChildSeen(null, null, null, null, null, null) : seen);
        return shared.toBuilder().visit(theirs).build();
    }

    private void refuseAuthorship(NoteType type) {
        NoteAuthors.refusal(type, access.post().orElse(null)).ifPresent(reason -> {
            throw Problems.forbidden("note-not-permitted", reason);
        });
    }

    private CaseNote lockedNote(UUID noteId) {
        return notes.findForUpdate(noteId).orElseThrow(() -> Problems.notFound("Case note", noteId));
    }

    private CaseNoteVersion newVersion(CaseNote note, String title, String narrative, ChildsVoice childsVoice,
                                       NoteSections sections, Instant at) {
        CaseNoteVersion version = CaseNoteVersion.saved(note, title, narrative, childsVoice, sections,
                caller.username(), at);
        chain.append(version);
        return version;
    }

    private static void refuseImpossibleDate(NoteType type, LocalDate eventDate, Child child) {
        EventDates.problem(type, eventDate, child.getDateOfBirth(), child.getExpectedDateOfBirth())
                .ifPresent(problem -> {
                    throw Problems.invalidFields("eventDate " + problem, List.of(FieldViolation.body("eventDate",
                            problem)));
                });
    }

    /** What happened today happened before now: an event later today has not happened yet. */
    private void refuseFutureTime(LocalDate eventDate, LocalTime eventTime) {
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        if (eventDate.equals(now.toLocalDate()) && eventTime.isAfter(now.toLocalTime())) {
            throw Problems.invalidFields("eventTime is later today", List.of(FieldViolation.body("eventTime",
                    "must not be later than now (" + now.toLocalTime().truncatedTo(ChronoUnit.MINUTES)
                            + " in England) on an event dated today")));
        }
    }

    private static void refuseStrays(NoteType type, NoteSections sections) {
        invalid("The note carries a section its type never has", NoteRules.strays(type, sections));
    }

    private static void checkComplete(CaseNote note, Child child, CaseNoteVersion current) {
        invalid("The " + note.getNoteType() + " note is not complete", NoteRules.check(note.getNoteType(),
                child.getPlanType(), child.isUnborn(), current.getSections()));
    }

    private static void invalid(String detail, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw Problems.invalidFields(detail,
                    violations.stream().map(v -> FieldViolation.body(v.field(), v.message())).toList());
        }
    }

    /**
     * Every submission (and a finalisation without one) announces what the note records as it now stands: a visit's
     * facts, or a care leaver's keep-in-touch contact. A note resubmitted after a return says what its later version
     * says, and visits-service applies it over the first.
     */
    private void announceRecorded(CaseNote note, Child child, CaseNoteVersion current) {
        NoteSections sections = current.getSections();
        String key = note.getChildId().toString();
        if (note.getNoteType().visit() && sections.visit() != null) {
            outbox.publish(key, noteEvents.visitRecorded(note, child.isUnborn(), sections.visit()));
        } else if (note.getNoteType() == NoteType.CARE_LEAVER_KIT && sections.keepInTouch() != null) {
            outbox.publish(key, noteEvents.keepInTouchRecorded(note, sections.keepInTouch()));
        }
    }

    private static void refuse(Optional<NoteLifecycle.Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw r.notPermitted() ? Problems.forbidden("note-not-permitted", r.reason())
                    : Problems.conflict("note-state", r.reason());
        });
    }
}
