package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.StaffMember;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.security.Caller;
import io.casework.backbone.timescales.TimescalesConfig;
import io.casework.casenotes.domain.ChildDates;
import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChildAllocation;
import io.casework.casenotes.repository.ChildRepository;
import io.casework.casenotes.rest.dto.AllocationRequest;
import io.casework.casenotes.rest.dto.ChildDto;
import io.casework.casenotes.rest.dto.IroAssignmentRequest;
import io.casework.casenotes.rest.dto.RegisterChildRequest;
import io.casework.contracts.Post;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.IroAssigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Opening and reading children's records, and who holds the case and reviews it. */
@ApplicationScoped
public class ChildService {

    /** 002 s.6: what an unborn child's ethnicity, religion and gender are recorded as. */
    public static final String NOT_YET_OBTAINED = "Information not yet obtained";

    @Inject
    ChildRepository children;

    /** Today is the authority's today (England), whatever the server's zone. */
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
    TimescalesConfig config;

    /**
     * Opens a child's record in the caller's team (the organisation model's, not the token's), allocated to a
     * member of that team who can hold a case: the caller unless another is named.
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
        checkDates(request);
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.givenName = request.givenName().strip();
        child.familyName = request.familyName().strip();
        child.unborn = request.unborn();
        child.dateOfBirth = request.dateOfBirth();
        child.expectedDateOfBirth = request.expectedDateOfBirth();
        // 002 s.6: for an unborn child these are not known yet, whatever was sent.
        child.gender = request.unborn() ? NOT_YET_OBTAINED : orNotYetObtained(request.gender());
        child.ethnicity = request.unborn() ? NOT_YET_OBTAINED : orNotYetObtained(request.ethnicity());
        child.religion = request.unborn() ? NOT_YET_OBTAINED : orNotYetObtained(request.religion());
        child.authority = config.authority();
        child.team = team;
        child.allocatedWorker = worker;
        child.planType = request.planType();
        child.planStartDate = request.planStartDate();
        child.registeredAt = Instant.now();
        child.registeredBy = caller.username();
        children.persist(child);
        ChildAllocation.of(child, caller.username(), child.registeredAt).persist();
        ChildRegistered registered = new ChildRegistered(child.id, child.displayName(), child.authority, child.team,
                child.allocatedWorker, child.planType.name(), child.planStartDate);
        accessFacts.childRegistered(registered);
        outbox.publish(child.id.toString(), registered);
        access.recordOpening(child, "registerChild");
        return mapper.toDto(child, organisation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChildDto get(UUID id) {
        Child child = find(id);
        access.require(child, AccessClass.RECORD_READ, "getChild");
        return mapper.toDto(child, organisation);
    }

    /**
     * The children the caller may see (ACCESS-RULES "Lists"): each one listed is an access, and is logged; a child
     * the caller may open only with a purpose is listed by id alone until then. One page, the most recently opened
     * first; only the children on the page are logged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChildDto> caseload(PageQuery page) {
        List<ChildFacts> candidates = childAccess.candidates();
        List<Child> rows = children.newestFirst(candidates.stream().map(ChildFacts::childId).toList(), page);
        Set<UUID> onPage = rows.stream().limit(page.limit()).map(child -> child.id).collect(Collectors.toSet());
        Map<UUID, AccessDecision> shown = childAccess.listable(candidates.stream()
                .filter(facts -> onPage.contains(facts.childId())).toList(), "listChildren");
        return Pagination.filteredPage(rows, page, ChildRepository::cursorOf, child -> shown.containsKey(child.id),
                shownRows -> shownRows.stream().map(child -> shown.get(child.id).allowed()
                        ? mapper.toDto(child, organisation) : ChildDto.withheld(child.id)).toList());
    }

    /** Allocates the case to a worker of the child's team, or transfers it to a worker of another team. */
    @Transactional
    public ChildDto allocate(UUID id, AllocationRequest request, String ifMatch) {
        Child child = find(id);
        access.require(child, AccessClass.RECORD_MANAGE, "allocateChild");
        String team = blankToNull(request.team()) == null ? child.team : request.team();
        requireCaseHolder("allocatedWorker", request.allocatedWorker(), team);
        Preconditions.requireCurrent(ifMatch, child.version, "child's record");
        String previousTeam = child.team;
        String previousWorker = child.allocatedWorker;
        if (team.equals(previousTeam) && request.allocatedWorker().equals(previousWorker)) {
            return mapper.toDto(child, organisation);
        }
        Instant now = Instant.now();
        child.team = team;
        child.allocatedWorker = request.allocatedWorker();
        child.version++;
        ChildAllocation.of(child, caller.username(), now).persist();
        ChildAllocated allocated = new ChildAllocated(child.id, team, child.allocatedWorker, previousTeam,
                previousWorker, caller.username(), now);
        accessFacts.childAllocated(allocated);
        outbox.publish(child.id.toString(), allocated);
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
        Preconditions.requireCurrent(ifMatch, child.version, "child's record");
        if (Objects.equals(iro, child.iro)) {
            return mapper.toDto(child, organisation);
        }
        child.iro = iro;
        child.version++;
        IroAssigned assigned = new IroAssigned(child.id, iro, caller.username(), Instant.now());
        accessFacts.iroAssigned(assigned);
        outbox.publish(child.id.toString(), assigned);
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

    // Allocation names a member of the child's team who holds a post that can hold a case (issue 8, found defect 1).
    private void requireCaseHolder(String field, String username, String team) {
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

    private void checkDates(RegisterChildRequest request) {
        List<FieldViolation> violations = ChildDates.problems(request.unborn(), request.dateOfBirth(),
                        request.expectedDateOfBirth(), request.planStartDate(), LocalDate.now(clock)).stream()
                .map(problem -> FieldViolation.body(problem.field(), problem.message())).toList();
        if (!violations.isEmpty()) {
            throw Problems.invalidFields("The child's dates cannot be right", violations);
        }
    }

    private static String orNotYetObtained(String value) {
        return blankToNull(value) == null ? NOT_YET_OBTAINED : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
