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
import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.DisclosureDecision;
import io.casework.casenotes.domain.NoteSections;
import io.casework.casenotes.domain.ReviewItem;
import io.casework.casenotes.domain.SubjectAccessRules;
import io.casework.casenotes.domain.SubjectAccessState;
import io.casework.casenotes.domain.WithholdingCategory;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.casenotes.domain.record.RecordChangeKind;
import io.casework.casenotes.export.SubjectAccessExport;
import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.mapping.DocumentMapper;
import io.casework.casenotes.mapping.PathwayMapper;
import io.casework.casenotes.mapping.SubjectAccessMapper;
import io.casework.casenotes.repository.CaseNote;
import io.casework.casenotes.repository.CaseNoteVersion;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChildRecordChange;
import io.casework.casenotes.repository.Document;
import io.casework.casenotes.repository.DocumentRepository;
import io.casework.casenotes.repository.PathwayStepEntry;
import io.casework.casenotes.repository.PathwayStepEntryRepository;
import io.casework.casenotes.repository.PathwayStepRepository;
import io.casework.casenotes.repository.RollBackRequest;
import io.casework.casenotes.repository.RollBackRequestRepository;
import io.casework.casenotes.repository.RolledBackItem;
import io.casework.casenotes.repository.RolledBackItemRepository;
import io.casework.casenotes.repository.SubjectAccessConsultation;
import io.casework.casenotes.repository.SubjectAccessDecision;
import io.casework.casenotes.repository.SubjectAccessRepository;
import io.casework.casenotes.repository.SubjectAccessRepository.Item;
import io.casework.casenotes.repository.SubjectAccessRequest;
import io.casework.casenotes.rest.dto.ChronologyItemDto;
import io.casework.casenotes.rest.dto.ExportDocumentDto;
import io.casework.casenotes.rest.dto.ExportNoteDto;
import io.casework.casenotes.rest.dto.ExportPathwayStepDto;
import io.casework.casenotes.rest.dto.PathwayStepEntryDto;
import io.casework.casenotes.rest.dto.RecordChangeDto;
import io.casework.casenotes.rest.dto.ReviewItemDto;
import io.casework.casenotes.rest.dto.SubjectAccessConsultationDto;
import io.casework.casenotes.rest.dto.SubjectAccessConsultationRequest;
import io.casework.casenotes.rest.dto.SubjectAccessDecisionDto;
import io.casework.casenotes.rest.dto.SubjectAccessDecisionRequest;
import io.casework.casenotes.rest.dto.SubjectAccessExportDto;
import io.casework.casenotes.rest.dto.SubjectAccessExtensionRequest;
import io.casework.casenotes.rest.dto.SubjectAccessRequestCreate;
import io.casework.casenotes.rest.dto.SubjectAccessRequestDto;
import io.casework.timescales.SubjectAccessPeriod;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Subject access requests on a child's record (002 s.8, s.9; UK GDPR Art. 12(3), 15): recorded from the day received
 * with the day they are due, reviewed by a manager who consults the originators of third-party information and
 * decides, item by item and with a reason, what is disclosed and what withheld; then exported, as JSON or a PDF, less
 * what was withheld. Every step is checked and logged as an access, kept on the child's chained history, and the
 * deadline's steps are announced for whoever tracks deadlines.
 */
@ApplicationScoped
public class SubjectAccessService {

    /** Notes read per transaction while an export streams: small enough to hold, large enough to be quick. */
    static final int EXPORT_BATCH = 250;

    static final String COPIES_ENCLOSED = "Copies of the letters, reports and photographs listed here are sent with "
            + "this record, each as a file of its own. Records other services keep (visits planned, deadlines, "
            + "decisions waiting for a manager) are copies of what is here.";

    private static final SubjectAccessRules RULES = new SubjectAccessRules(SubjectAccessPeriod.englandAndWales());

    @Inject
    ChildService children;

    @Inject
    RecordAccess access;

    @Inject
    RecordHistory history;

    @Inject
    SubjectAccessRepository requests;

    @Inject
    SubjectAccessMapper mapper;

    @Inject
    CaseRecordMapper records;

    @Inject
    ChronologyService chronology;

    @Inject
    StoredOrganisation organisation;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentMapper documentMapper;

    @Inject
    PathwayStepRepository steps;

    @Inject
    PathwayStepEntryRepository stepEntries;

    @Inject
    RolledBackItemRepository rolledBack;

    @Inject
    RollBackRequestRepository rollBacks;

    @Inject
    PathwayMapper pathwayMapper;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Records a request as received, due one month on (Art. 12(3)); announces the deadline. */
    @Transactional
    public SubjectAccessRequestDto create(UUID childId, SubjectAccessRequestCreate body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "createSubjectAccessRequest");
        SubjectAccessRules.receivedOnRefusal(body.receivedOn(), today()).ifPresent(message -> {
            throw Problems.invalidFields("The request cannot be recorded as received then",
                    List.of(FieldViolation.body("receivedOn", message)));
        });
        Instant now = clock.instant();
        SubjectAccessRequest request = SubjectAccessRequest.received(childId, body.requesterName().strip(),
                body.relationship(), body.identityChecked().strip(), body.receivedOn(),
                RULES.dueOn(body.receivedOn()), access.person(), now);
        requests.persist(request);
        history.keep(child, RecordChangeKind.SUBJECT_ACCESS_REQUESTED, List.of(
                new FieldChange("subjectAccessRequest", null, request.getId().toString()),
                new FieldChange("requester", null, request.getRequesterName() + " ("
                        + request.getRequesterRelationship() + ")"),
                new FieldChange("receivedOn", null, request.getReceivedOn().toString()),
                new FieldChange("dueOn", null, request.getDueOn().toString())), "Identity checked: "
                + request.getIdentityChecked());
        outbox.publish(childId.toString(), mapper.requested(request));
        return toDto(request);
    }

    /** The child's requests, the latest received first, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubjectAccessRequestDto> ofChild(UUID childId, PageQuery page) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_READ, "listSubjectAccessRequests");
        return Pagination.page(requests.ofChild(childId, page), page, SubjectAccessRepository::requestCursorOf,
                rows -> rows.stream().map(this::toDto).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubjectAccessRequestDto get(UUID childId, UUID requestId) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_READ, "getSubjectAccessRequest");
        return toDto(find(childId, requestId));
    }

    /**
     * The items the review decides on, in the record's order, a page at a time: each third-party statement with the
     * originator to consult, each withheld entry with its recorded reason, each note decided whole, each document
     * held (by the day it is dated); with the decision standing on each.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewItemDto> items(UUID childId, UUID requestId, PageQuery page) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_MANAGE, "listSubjectAccessReviewItems");
        find(childId, requestId);
        return Pagination.page(requests.items(childId, requestId, page), page, SubjectAccessRepository::itemCursorOf,
                rows -> {
                    Map<String, SubjectAccessDecision> decided = requests.decisions(requestId,
                            rows.stream().map(item -> item.item().ref()).toList());
                    Map<UUID, UUID> newer = documents.supersededBy(rows.stream().map(Item::document)
                            .filter(Objects::nonNull).map(Document::getId).toList());
                    return rows.stream().map(item -> mapper.toDto(item, decided.get(item.item().ref()),
                            requests.consulted(requestId, item.originator()), item.document() == null ? null
                                    : documentMapper.toDto(item.document(), newer.get(item.document().getId()),
                                    organisation))).toList();
                });
    }

    /** Records that an originator was consulted, and their views (002 s.8). */
    @Transactional
    public SubjectAccessConsultationDto consult(UUID childId, UUID requestId, SubjectAccessConsultationRequest body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_MANAGE, "recordSubjectAccessConsultation");
        SubjectAccessRequest request = inReview(childId, requestId);
        if (body.askedOn().isAfter(today())) {
            throw Problems.invalidFields("The consultation cannot be recorded as asked then",
                    List.of(FieldViolation.body("askedOn", "must not be in the future")));
        }
        SubjectAccessConsultation consultation = SubjectAccessConsultation.of(requestId, body.originator().strip(),
                body.askedOn(), blankToNull(body.views()), access.person(), clock.instant());
        requests.persist(consultation);
        request.reviewed();
        history.keep(child, RecordChangeKind.SUBJECT_ACCESS_CONSULTED, List.of(
                new FieldChange("subjectAccessRequest", null, requestId.toString()),
                new FieldChange("originator", null, consultation.getOriginator()),
                new FieldChange("askedOn", null, consultation.getAskedOn().toString())), consultation.getViews());
        return mapper.toDto(consultation);
    }

    /**
     * Decides one item: disclosed, or withheld in a category, with the reason (002 s.8); the latest decision on an
     * item stands and each is kept in the history. Third-party information is disclosed only once its originator was
     * consulted or it is said why that was not possible; a document received from outside is third-party
     * information too, its sender's consultation named by the decision (the record does not hold the sender's name).
     */
    @Transactional
    public SubjectAccessDecisionDto decide(UUID childId, UUID requestId, String itemRef,
                                           SubjectAccessDecisionRequest body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_MANAGE, "decideSubjectAccessItem");
        SubjectAccessRequest request = inReview(childId, requestId);
        ReviewItem wanted = ReviewItem.parse(itemRef).orElseThrow(() -> Problems.notFound("review item", itemRef));
        Item item = requests.item(childId, wanted).orElseThrow(() -> Problems.notFound("review item", itemRef));
        Optional<SubjectAccessConsultation> named = Optional.ofNullable(body.consultationId()).map(id -> requests
                .consultation(requestId, id).orElseThrow(() -> Problems.invalidFields("The decision names no "
                        + "consultation of this request", List.of(FieldViolation.body("consultationId",
                        "is not a consultation recorded on this request")))));
        boolean consulted = named.isPresent() || requests.consulted(requestId, item.originator());
        SubjectAccessRules.decisionRefusal(item.thirdParty(), body.decision(), body.category(), consulted,
                body.noConsultationReason()).ifPresent(refusal -> {
            throw switch (refusal.field()) {
                case CATEGORY -> Problems.invalidFields("The decision is incomplete",
                        List.of(FieldViolation.body("category", refusal.message())));
                case CONSULTATION -> Problems.conflict("originator-not-consulted", refusal.message());
            };
        });
        // Made whole before it is persisted: the organisation model's query for the person would flush it half-made.
        Person by = access.person();
        Optional<SubjectAccessDecision> existing = requests.decision(requestId, itemRef);
        String before = existing.map(d -> describe(d.getDecision(), d.getCategory())).orElse(null);
        SubjectAccessDecision decision = existing.orElseGet(() -> SubjectAccessDecision.of(requestId, wanted));
        decision.decide(body.decision(), body.decision() == DisclosureDecision.WITHHOLD ? body.category() : null,
                body.reason().strip(), blankToNull(body.noConsultationReason()), by, clock.instant());
        if (existing.isEmpty()) {
            requests.persist(decision);
        }
        request.reviewed();
        List<FieldChange> changes = new ArrayList<>(List.of(
                new FieldChange("subjectAccessRequest", null, requestId.toString()),
                new FieldChange(itemRef, before, describe(decision.getDecision(), decision.getCategory()))));
        named.ifPresent(consultation -> changes.add(new FieldChange("consultation", null,
                consultation.getId() + " (" + consultation.getOriginator() + ")")));
        history.keep(child, RecordChangeKind.SUBJECT_ACCESS_DECIDED, changes, decision.getReason());
        return mapper.toDto(decision);
    }

    /**
     * Completes the review (record.manage), from the version in If-Match: refused while any third-party statement or
     * received document has no decision. The export can be produced from then on; the completion is announced.
     */
    @Transactional
    public SubjectAccessRequestDto complete(UUID childId, UUID requestId, String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_MANAGE, "completeSubjectAccessReview");
        SubjectAccessRequest request = requests.findForUpdate(childId, requestId)
                .orElseThrow(() -> Problems.notFound("subject access request", requestId));
        Preconditions.requireCurrent(ifMatch, request.getVersion(), "subject access request");
        long undecided = requests.undecidedThirdParty(childId, requestId);
        SubjectAccessRules.completionRefusal(request.getState(), undecided).ifPresent(message -> {
            throw Problems.conflict(request.getState() == SubjectAccessState.REVIEWED ? "subject-access-reviewed"
                    : "review-incomplete", message);
        });
        Instant now = clock.instant();
        request.completeReview(access.person(), now);
        long withheld = requests.withheldByCategory(childId, requestId).values().stream()
                .mapToLong(Long::longValue).sum();
        history.keep(child, RecordChangeKind.SUBJECT_ACCESS_REVIEWED, List.of(
                new FieldChange("subjectAccessRequest", null, requestId.toString()),
                new FieldChange("state", SubjectAccessState.IN_REVIEW.name(), SubjectAccessState.REVIEWED.name()),
                new FieldChange("withheldCount", null, Long.toString(withheld))), null);
        outbox.publish(childId.toString(), mapper.reviewCompleted(request, withheld, now));
        return toDto(request);
    }

    /**
     * Extends a complex request by two further months, for the reason given (Art. 12(3)), from the version in
     * If-Match: once, and within the first month, when the requester must be told. Announced with the new due date.
     */
    @Transactional
    public SubjectAccessRequestDto extend(UUID childId, UUID requestId, String ifMatch,
                                          SubjectAccessExtensionRequest body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_MANAGE, "extendSubjectAccessRequest");
        SubjectAccessRequest request = requests.findForUpdate(childId, requestId)
                .orElseThrow(() -> Problems.notFound("subject access request", requestId));
        Preconditions.requireCurrent(ifMatch, request.getVersion(), "subject access request");
        RULES.extensionRefusal(request.getExtendedDueOn() != null, request.getReceivedOn(), today())
                .ifPresent(message -> {
                    throw Problems.conflict("extension-not-allowed", message);
                });
        LocalDate previous = request.currentDueOn();
        request.extend(RULES.extendedDueOn(request.getReceivedOn()), body.reason().strip(), access.person(),
                clock.instant());
        history.keep(child, RecordChangeKind.SUBJECT_ACCESS_EXTENDED, List.of(
                new FieldChange("subjectAccessRequest", null, requestId.toString()),
                new FieldChange("dueOn", previous.toString(), request.getExtendedDueOn().toString())),
                request.getExtensionReason());
        outbox.publish(childId.toString(), mapper.extended(request, previous));
        return toDto(request);
    }

    /**
     * The export of a reviewed request, produced by the caller: a read of the record (record.read) logged on the
     * child's access log as {@code action} with the request as its purpose. Everything but the notes is read here
     * (the documents' metadata too: their copies are sent alongside, each fetched by its id and checked against the
     * SHA-256 listed); the notes are read a batch at a time, each in a transaction of its own, while the answer is
     * written.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubjectAccessExport export(UUID childId, UUID requestId, String action) {
        Child child = children.find(childId);
        access.requireFor(child, AccessClass.RECORD_READ, action, "Subject access request " + requestId);
        SubjectAccessRequest request = find(childId, requestId);
        if (request.getState() != SubjectAccessState.REVIEWED) {
            throw Problems.conflict("review-not-complete", "The export is produced once a manager has completed the "
                    + "review of what is withheld (002 s.8): this request is still in review.");
        }
        Map<String, SubjectAccessDecision> decisions = requests.decisions(requestId);
        Set<UUID> notesWithheld = decisions.values().stream()
                .filter(d -> d.getNoteId() != null && d.getItemRef().equals(d.getNoteId().toString())
                        && d.getDecision() == DisclosureDecision.WITHHOLD)
                .map(SubjectAccessDecision::getNoteId).collect(Collectors.toSet());
        Set<UUID> documentsWithheld = decisions.values().stream()
                .filter(d -> d.getDocumentId() != null && d.getDecision() == DisclosureDecision.WITHHOLD)
                .map(SubjectAccessDecision::getDocumentId).collect(Collectors.toSet());
        List<ExportDocumentDto> held = documents.allOf(childId).stream()
                .filter(document -> !documentsWithheld.contains(document.getId())).map(mapper::toExport).toList();
        Map<WithholdingCategory, Long> withheld = requests.withheldByCategory(childId, requestId);
        List<ChronologyItemDto> events = chronology.finalEventsInFull(childId).stream()
                .filter(event -> !notesWithheld.contains(event.noteId())).toList();
        Instant now = clock.instant();
        SubjectAccessExportDto header = new SubjectAccessExportDto(requestId, request.getRequesterName(),
                request.getReceivedOn(), now.atZone(clock.getZone()).toLocalDate(), now, access.person(),
                records.toDto(child, organisation), recordHistory(childId), mapper.counts(withheld),
                withheld.values().stream().mapToLong(Long::longValue).sum(), COPIES_ENCLOSED, events, held, pathway(childId), null);
        return new SubjectAccessExport(header, each -> notes(childId, decisions, notesWithheld, each));
    }

    /**
     * Every step held, oldest first, with its history; those a roll-back moved out of the current record are still
     * held, so they are here, each with the roll-back that moved it and the step that re-added it if one did. A
     * child's pathway is tens of steps and their entries hundreds: read whole.
     */
    private List<ExportPathwayStepDto> pathway(UUID childId) {
        Map<UUID, List<PathwayStepEntryDto>> history = stepEntries.allOfChild(childId).stream()
                .collect(Collectors.groupingBy(PathwayStepEntry::getStepId,
                        Collectors.mapping(pathwayMapper::toDto, Collectors.toList())));
        Map<UUID, RolledBackItem> moved = rolledBack.movedStepsOf(childId).stream()
                .collect(Collectors.toMap(RolledBackItem::getItemId, item -> item));
        Map<UUID, LocalDate> approvedOn = new HashMap<>();
        return steps.allOfChild(childId).stream().map(step -> {
            RolledBackItem mark = moved.get(step.getId());
            LocalDate on = mark == null ? null : approvedOn.computeIfAbsent(mark.getRollBackId(),
                    rollBack -> rollBacks.ofRollBack(rollBack).map(RollBackRequest::getDecision)
                            .map(decision -> decision.getDecidedAt().atZone(clock.getZone()).toLocalDate())
                            .orElse(null));
            return new ExportPathwayStepDto(pathwayMapper.toDto(step), history.getOrDefault(step.getId(), List.of()),
                    mark == null ? null : mark.getRollBackId(), on, mark == null ? null : mark.getReAddedAs());
        }).toList();
    }

    /** Every final note, oldest first, less what was withheld: a batch per transaction, the session cleared after. */
    private void notes(UUID childId, Map<String, SubjectAccessDecision> decisions, Set<UUID> notesWithheld,
                       Consumer<ExportNoteDto> each) {
        CaseNote[] after = {null};
        while (true) {
            List<ExportNoteDto> batch = QuarkusTransaction.requiringNew().call(() -> {
                List<Object[]> rows = requests.finalNotes(childId, after[0], EXPORT_BATCH);
                List<ExportNoteDto> mapped = new ArrayList<>(rows.size());
                for (Object[] row : rows) {
                    CaseNote note = (CaseNote) row[0];
                    after[0] = note;
                    if (!notesWithheld.contains(note.getId())) {
                        CaseNoteVersion version = (CaseNoteVersion) row[1];
                        mapped.add(mapper.toExport(note, version, withheldItems(note.getId(),
                                version.getSections(), decisions)));
                    }
                }
                requests.clear();
                if (rows.size() < EXPORT_BATCH) {
                    after[0] = null;
                }
                return mapped;
            });
            batch.forEach(each);
            if (after[0] == null) {
                return;
            }
        }
    }

    /**
     * The note's items the export leaves out: statements a manager withheld, and the withheld section's entries that
     * no decision disclosed (the worker recorded them as not to be shared, 002 s.8).
     */
    static Set<String> withheldItems(UUID noteId, NoteSections sections, Map<String, SubjectAccessDecision> decided) {
        Set<String> left = new HashSet<>();
        int statements = sections.statements() == null ? 0 : sections.statements().size();
        for (int i = 0; i < statements; i++) {
            String ref = ReviewItem.statement(noteId, i).ref();
            SubjectAccessDecision decision = decided.get(ref);
            if (decision != null && decision.getDecision() == DisclosureDecision.WITHHOLD) {
                left.add(ref);
            }
        }
        int entries = sections.withheld() == null ? 0 : sections.withheld().size();
        for (int i = 0; i < entries; i++) {
            String ref = ReviewItem.withheld(noteId, i).ref();
            SubjectAccessDecision decision = decided.get(ref);
            if (decision == null || decision.getDecision() == DisclosureDecision.WITHHOLD) {
                left.add(ref);
            }
        }
        return left;
    }

    // The record's own history, oldest first; the subject access steps are left out, as their reasons may say what
    // was withheld. A record's history is short next to its notes: read whole.
    private List<RecordChangeDto> recordHistory(UUID childId) {
        List<RecordChangeDto> changes = new ArrayList<>();
        ChildRecordChange after = null;
        while (true) {
            List<ChildRecordChange> batch = requests.changes(childId, after, EXPORT_BATCH);
            batch.stream().filter(change -> !RecordChangeKind.SUBJECT_ACCESS.contains(change.getKind()))
                    .map(records::toDto).forEach(changes::add);
            if (batch.size() < EXPORT_BATCH) {
                return changes;
            }
            after = batch.get(batch.size() - 1);
        }
    }

    private SubjectAccessRequest find(UUID childId, UUID requestId) {
        return requests.find(childId, requestId)
                .orElseThrow(() -> Problems.notFound("subject access request", requestId));
    }

    private SubjectAccessRequest inReview(UUID childId, UUID requestId) {
        SubjectAccessRequest request = requests.findForUpdate(childId, requestId)
                .orElseThrow(() -> Problems.notFound("subject access request", requestId));
        if (request.getState() == SubjectAccessState.REVIEWED) {
            throw Problems.conflict("subject-access-reviewed", "The review of this request is complete: its "
                    + "decisions and consultations no longer change.");
        }
        return request;
    }

    private SubjectAccessRequestDto toDto(SubjectAccessRequest request) {
        return mapper.toDto(request, requests.undecidedThirdParty(request.getChildId(), request.getId()),
                requests.withheldByCategory(request.getChildId(), request.getId()),
                requests.consultations(request.getId()));
    }

    private LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }

    private static String describe(DisclosureDecision decision, WithholdingCategory category) {
        return category == null ? decision.name() : decision.name() + " (" + category.name() + ")";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
