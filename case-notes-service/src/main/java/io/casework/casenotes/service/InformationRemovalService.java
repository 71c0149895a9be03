package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.chain.RemovedContent;
import io.casework.casenotes.domain.InformationRemovalRules;
import io.casework.casenotes.mapping.InformationRemovalMapper;
import io.casework.casenotes.repository.CaseNote;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.repository.CaseNoteVersion;
import io.casework.casenotes.repository.CaseNoteVersionRepository;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.InformationRemoval;
import io.casework.casenotes.repository.InformationRemovalRepository;
import io.casework.casenotes.repository.ManagementEntry;
import io.casework.casenotes.repository.RemovalRequest;
import io.casework.casenotes.repository.RemovalRequestRepository;
import io.casework.casenotes.rest.dto.InformationRemovalRequest;
import io.casework.casenotes.rest.dto.InformationRemovalRequestDto;
import io.casework.casenotes.rest.dto.RemovedInformationDto;
import io.casework.contracts.InformationRemovalDecision;
import io.casework.contracts.InvalidEventException;
import io.casework.contracts.NoteContentField;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Removing factually inaccurate personal information from a finalised note (002 s.5 and the guidance it names) on a
 * manager's decision (DOMAIN.md rule 20): the request, published for approvals-service to route; the decision, applied
 * when it comes back; and what reading a note shows of a removal. Nothing is deleted (001 "Case Record Integrity"):
 * the named parts of the named version are redacted, the version keeps its place on the record and the chain.
 */
@ApplicationScoped
public class InformationRemovalService {

    private static final Logger LOG = Logger.getLogger(InformationRemovalService.class);

    @Inject
    RecordChain chain;

    @Inject
    ChildService childService;

    @Inject
    CaseNoteRepository notes;

    @Inject
    CaseNoteVersionRepository versions;

    @Inject
    RemovalRequestRepository requests;

    @Inject
    InformationRemovalRepository removals;

    @Inject
    RecordAccess access;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    InformationRemovalMapper mapper;

    @Inject
    StoredOrganisation organisation;

    @Inject
    Clock clock;

    /**
     * Asks the manager of the child's team to decide a removal: records the request and publishes it for
     * approvals-service. Nothing is removed until a manager approves.
     */
    @Transactional
    public InformationRemovalRequestDto request(UUID noteId, InformationRemovalRequest body) {
        // Locked, so that two requests for the same part cannot both pass the check below.
        CaseNote note = notes.findForUpdate(noteId).orElseThrow(() -> Problems.notFound("Case note", noteId));
        Child child = childService.find(note.getChildId());
        access.require(child, AccessClass.RECORD_WRITE, "requestInformationRemoval");
        CaseNoteVersion version = body.version() <= note.getCurrentVersion()
                ? versions.findById(new CaseNoteVersion.Key(noteId, body.version())) : null;
        SortedMap<String, String> content = version == null ? null : version.chainFields();
        Set<NoteContentField> holding = content == null ? Set.of() : Arrays.stream(NoteContentField.values())
                .filter(part -> RemovedContent.holdsContent(content, part)).collect(Collectors.toSet());
        InformationRemovalRules.refusal(note.getStatus(), note.getCurrentVersion(), body.version(), body.fields(),
                holding, requests.namedParts(noteId, body.version())).ifPresent(refusal -> {
                    throw switch (refusal.reason()) {
                        case NOT_FINAL -> Problems.conflict("note-not-final", refusal.detail());
                        case ALREADY_REQUESTED -> Problems.conflict("removal-already-requested", refusal.detail());
                        case DOES_NOT_FIT -> Problems.invalidFields("The request does not fit the note",
                                List.of(FieldViolation.body(refusal.field(), refusal.detail())));
                    };
                });
        RemovalRequest request = RemovalRequest.ask(note, body.version(), body.fields(), body.informationKind(),
                body.concerns(), body.reason(), body.criteria(), new Person(caller.username(), caller.fullName(),
                        caller.designation(), caller.team()), clock.instant());
        requests.persist(request);
        outbox.publish(child.getId().toString(), mapper.requested(request, child.getTeam()));
        return mapper.toDto(request);
    }

    /** The note's removal requests, newest first, whatever their state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InformationRemovalRequestDto> ofNote(UUID noteId, PageQuery page) {
        readableNote(noteId, "listInformationRemovalRequests");
        return Pagination.page(requests.ofNote(noteId, page), page, RemovalRequestRepository::cursorOf,
                rows -> rows.stream().map(mapper::toDto).toList());
    }

    /** A replayed request's answer shows the request again: the caller must still be allowed to read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReplay(UUID noteId, String action) {
        readableNote(noteId, action);
    }

    /**
     * Applies a manager's decision on a removal request, made in approvals-service; decisions of other kinds are not
     * this service's. The decision goes on the record as a management entry either way (DOMAIN.md rule 20). An
     * approval redacts exactly the parts of the version the request named, through the database function that alone
     * may, and records the removal on the child's chain; a rejection removes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ApprovalDecided decision) {
        if (!InformationRemovalDecision.covers(decision.kind())) {
            return;
        }
        RemovalRequest request = requests.findForUpdate(removalRequestId(decision))
                .orElseThrow(() -> new InvalidEventException("decision " + decision.requestId() + " concerns removal "
                        + "request " + decision.subjectId() + ", which this service does not hold"));
        if (request.holdsDecision(decision.requestId())) {
            // The same decision under another event id (a replayed export, say): it was applied once.
            LOG.infof("Decision %s on removal request %s is applied already; ignoring", decision.requestId(),
                    request.getId());
            return;
        }
        request.refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new InvalidEventException("decision " + decision.requestId() + " cannot be applied: " + refusal);
        });
        CaseNote note = notes.findById(request.getNoteId());
        Instant now = clock.instant();
        request.decide(decision);
        chain.append(ManagementEntry.oversight(note, decision, now));
        if (decision.outcome() == Outcome.APPROVED) {
            remove(request, now);
        }
    }

    /**
     * What reading these notes shows of removals: for each version anything was removed from, each part removed and
     * the removal's facts, in one query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<CaseNoteVersion.Key, List<RemovedInformationDto>> shownOn(Collection<UUID> noteIds) {
        Map<CaseNoteVersion.Key, List<RemovedInformationDto>> shown = new HashMap<>();
        removals.ofNotes(noteIds).values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(r -> new CaseNoteVersion.Key(r.getNoteId(), r.getNoteVersion())))
                .forEach((version, made) -> shown.put(version, mapper.removedInformation(made, organisation)));
        return shown;
    }

    // Each part's digest as the version's seal covers it, and the digest of the sections the removal leaves, kept with
    // the removal so that the version still verifies. Worked out here, before the database redacts: only this service
    // writes the sections in the form their seal covers. The child's chain is locked already (the decision's management
    // entry went on first), so another removal from the same version has committed or waits: the version is read here
    // as this removal finds it.
    private void remove(RemovalRequest request, Instant now) {
        SortedMap<String, String> content = versions.findById(new CaseNoteVersion.Key(request.getNoteId(),
                request.getNoteVersion())).chainFields();
        InformationRemoval removal = InformationRemoval.approved(request,
                RemovedContent.digests(content, request.getFields()), now);
        chain.append(removal, sealed -> removals.apply((InformationRemoval) sealed));
        outbox.publish(request.getChildId().toString(), mapper.removed(removal));
    }

    private static UUID removalRequestId(ApprovalDecided decision) {
        try {
            return UUID.fromString(decision.subjectId());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("decision " + decision.requestId() + " names no removal request: "
                    + decision.subjectId());
        }
    }

    private CaseNote readableNote(UUID noteId, String action) {
        CaseNote note = notes.findByIdOptional(noteId).orElseThrow(() -> Problems.notFound("Case note", noteId));
        access.require(childService.find(note.getChildId()), AccessClass.RECORD_READ, action);
        return note;
    }
}
