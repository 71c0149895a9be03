package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.StaffMember;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.security.Caller;
import io.casework.casenotes.domain.ChildDates.Problem;
import io.casework.casenotes.domain.record.ChildDetails;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.casenotes.domain.record.LikelyDuplicates;
import io.casework.casenotes.domain.record.RecordChangeKind;
import io.casework.casenotes.domain.record.RecordRules;
import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.mapping.ChildEventMapper;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChildRepository;
import io.casework.casenotes.rest.dto.AllocationRequest;
import io.casework.casenotes.rest.dto.ChildDto;
import io.casework.casenotes.rest.dto.IroAssignmentRequest;
import io.casework.casenotes.rest.dto.LikelyDuplicateDto;
import io.casework.casenotes.rest.dto.RegisterChildRequest;
import io.casework.contracts.Post;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.IroAssigned;
import io.casework.timescales.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Opening and reading children's records, and who holds the case and reviews it. */
@ApplicationScoped
public class ChildService {

    static final String OPENED_AFTER_REVIEW = "Opened after the registering worker reviewed the likely duplicates "
            + "of this child's record";

    @Inject
    ChildRepository children;

    /** The one clock: when things are recorded, and today in the authority's zone (England), whatever the server's. */
    @Inject
    Clock clock;

    @Inject
    RecordAccess access;

    @Inject
    ChildAccess childAccess;

    @Inject
    StoredOrganisation organisation;

    @Inject
    AccessReadModel accessFacts;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    CaseRecordMapper mapper;

    @Inject
    ChildEventMapper events;

    @Inject
    RecordHistory history;

    @Inject
    LikelyDuplicateCheck duplicates;

    /** This deployment's authority's rules: the child is registered under their authority. */
    @Inject
    RuleSet ruleSet;

    /**
     * Opens a child's record in the caller's team (the organisation model's, not the token's), allocated to a
     * member of that team who can hold a case: the caller unless another is named. Refused as a likely duplicate
     * when a record of the same child may exist, until the worker says they have reviewed the matches.
     */
    @Transactional
    public ChildDto register(RegisterChildRequest request) {
        StaffMember registrar = organisation.member(caller.username()).filter(m -> m.team() != null)
                .orElseThrow(() -> Problems.accessRefused("Only a member of a team opens a child's record in it: "
                        + "you hold no post in a team in the organisation model"));
        String team = blankToNull(request.team()) == null ? registrar.team() : request.team();
        if (!team.equals(registrar.team())) {
            throw Problems.accessRefused("You can only open records in your own team (" + registrar.team() + ")");
        }
        String worker = blankToNull(request.allocatedWorker()) == null ? caller.username() : request.allocatedWorker();
        requireCaseHolder("allocatedWorker", worker, team);
        ChildDetails details = request.details();
        // An unborn child's equality details are recorded as not yet obtained whatever is sent (002 s.6).
        requireValid(RecordRules.problems(request.unborn() ? details.withEqualityDetails(null, null, null) : details,
                request.unborn(), request.planStartDate(), LocalDate.now(clock)), "The child's details cannot be right");
        if (!request.duplicatesReviewed()) {
            List<LikelyDuplicateDto> matches = duplicates.find(new LikelyDuplicates.Query(details.givenName(),
                    details.familyName(), details.dateOfBirth(), details.expectedDateOfBirth()), "registerChild");
            if (!matches.isEmpty()) {
                throw Problems.conflict("likely-duplicate", matches.size() + " record(s) may already be this child's "
                        + "(one record per child). Look at each; if none is this child, send the registration again "
                        + "with duplicatesReviewed true. A match you cannot see is named only by whom to ask.",
                        "matches", matches);
            }
        }
        Child child = Child.register(details, request.unborn(), request.planType(), request.planStartDate(),
                ruleSet.authority(), team, worker, caller.username(), clock.instant());
        children.persist(child);
        access.recordOpening(child, "registerChild");
        history.keep(child, RecordChangeKind.OPENED, child.opening(),
                request.duplicatesReviewed() ? OPENED_AFTER_REVIEW : null);
        ChildRegistered registered = events.registered(child);
        accessFacts.childRegistered(registered);
        outbox.publish(child.getId().toString(), registered);
        return mapper.toDto(child, organisation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChildDto get(UUID id) {
        Child child = find(id);
        access.require(child, AccessClass.RECORD_READ, "getChild");
        return mapper.toDto(child, organisation);
    }

    /**
     * The children the caller may see that the search finds (ACCESS-RULES "Lists"): each one listed is an access,
     * and is logged; a child the caller may open only with a purpose is listed by id alone until then. One page, the
     * most recently opened first; only the children on the page are logged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChildDto> caseload(ChildRepository.Search search, PageQuery page) {
        List<ChildFacts> candidates = childAccess.candidates();
        List<Child> rows = children.newestFirst(candidates.stream().map(ChildFacts::childId).toList(), search, page);
        Set<UUID> onPage = rows.stream().limit(page.limit()).map(Child::getId).collect(Collectors.toSet());
        Map<UUID, AccessDecision> shown = childAccess.listable(candidates.stream()
                .filter(facts -> onPage.contains(facts.childId())).toList(), "listChildren");
        return Pagination.filteredPage(rows, page, ChildRepository::cursorOf,
                child -> shown.containsKey(child.getId()),
                shownRows -> shownRows.stream().map(child -> shown.get(child.getId()).allowed()
                        ? mapper.toDto(child, organisation) : ChildDto.withheld(child.getId())).toList());
    }

    /** The records that may already be the child's about to be registered, as far as the caller may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LikelyDuplicateDto> likelyDuplicates(LikelyDuplicates.Query query) {
        return duplicates.find(query, "findLikelyDuplicates");
    }

    /**
     * Allocates the case to a worker of the child's team, or (for the clients written before transfers had an
     * operation of their own) transfers it to a worker of another team.
     */
    @Transactional
    public ChildDto allocate(UUID id, AllocationRequest request, String ifMatch) {
        Child child = find(id);
        access.require(child, AccessClass.RECORD_MANAGE, "allocateChild");
        String team = blankToNull(request.team()) == null ? child.getTeam() : request.team();
        requireCaseHolder("allocatedWorker", request.allocatedWorker(), team);
        Preconditions.requireCurrent(ifMatch, child.getVersion(), "child's record");
        return moveCase(child, team, request.allocatedWorker(), request.reason());
    }

    /**
     * Moves the case to a worker of the given team, keeping the change and announcing it; nothing when it is where
     * it was already.
     */
    ChildDto moveCase(Child child, String team, String worker, String reason) {
        String previousTeam = child.getTeam();
        String previousWorker = child.getAllocatedWorker();
        List<FieldChange> changes = child.allocate(team, worker);
        if (changes.isEmpty()) {
            return mapper.toDto(child, organisation);
        }
        Instant at = history.keep(child, team.equals(previousTeam) ? RecordChangeKind.ALLOCATED
                : RecordChangeKind.TRANSFERRED, changes, reason);
        ChildAllocated allocated = events.allocated(child, previousTeam, previousWorker, caller.username(), at,
                reason);
        accessFacts.childAllocated(allocated);
        outbox.publish(child.getId().toString(), allocated);
        return mapper.toDto(child, organisation);
    }

    /** Assigns the IRO who reviews the child's plan, or ends the assignment. */
    @Transactional
    public ChildDto assignIro(UUID id, IroAssignmentRequest request, String ifMatch) {
        Child child = find(id);
        access.require(child, AccessClass.RECORD_MANAGE, "assignIro");
        String iro = blankToNull(request.iro());
        if (iro != null && organisation.member(iro).map(m -> m.post() != Post.IRO).orElse(true)) {
            throw Problems.invalidFields("The IRO must hold the post of IRO in the organisation model",
                    List.of(FieldViolation.body("iro", iro + " is not an IRO")));
        }
        Preconditions.requireCurrent(ifMatch, child.getVersion(), "child's record");
        List<FieldChange> changes = child.appointIro(iro);
        if (changes.isEmpty()) {
            return mapper.toDto(child, organisation);
        }
        Instant at = history.keep(child, RecordChangeKind.IRO_ASSIGNED, changes, request.reason());
        IroAssigned assigned = events.iroAssigned(child, caller.username(), at);
        accessFacts.iroAssigned(assigned);
        outbox.publish(child.getId().toString(), assigned);
        return mapper.toDto(child, organisation);
    }

    /**
     * A replayed Idempotency-Key response shows the child's data again: the caller must still be allowed to read it
     * (and the replay is logged), whatever they were allowed when they first asked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReplay(UUID childId, String action) {
        access.require(find(childId), AccessClass.RECORD_READ, action);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Child> findOptional(UUID id) {
        return children.findByIdOptional(id);
    }

    // Allocation names a member of the team who holds a post that can hold a case (issue 8, found defect 1).
    void requireCaseHolder(String field, String username, String team) {
        boolean holds = organisation.member(username)
                .map(m -> m.post().holdsCases() && team.equals(m.team())).orElse(false);
        if (!holds) {
            throw Problems.invalidFields("A case is allocated to a social worker or senior practitioner of the "
                    + "child's team", List.of(FieldViolation.body(field, username + " holds no case-holding post in "
                    + "team " + team)));
        }
    }

    Child find(UUID id) {
        return children.findByIdOptional(id).orElseThrow(() -> Problems.notFound("Child", id));
    }

    /** Refuses the request, naming each field, when the record's rules find something wrong; nothing is changed. */
    static void requireValid(List<Problem> problems, String detail) {
        if (!problems.isEmpty()) {
            throw Problems.invalidFields(detail, problems.stream()
                    .map(problem -> FieldViolation.body(problem.field(), problem.message())).toList());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
