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
import io.casework.casenotes.domain.ChildParticulars;
import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChildAllocation;
import io.casework.casenotes.repository.ChildAllocationRepository;
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

    @Inject
    ChildRepository children;

    @Inject
    ChildAllocationRepository allocations;

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
        Child child = Child.register(new ChildParticulars(request.givenName(), request.familyName(),
                        request.unborn(), request.dateOfBirth(), request.expectedDateOfBirth(), request.gender(),
                        request.ethnicity(), request.religion()), request.planType(), request.planStartDate(),
                config.authority(), team, worker, caller.username(), clock.instant());
        children.persist(child);
        allocations.persist(ChildAllocation.of(child, child.getRegisteredBy(), child.getRegisteredAt()));
        ChildRegistered registered = new ChildRegistered(child.getId(), child.displayName(), child.getAuthority(),
                child.getTeam(), child.getAllocatedWorker(), child.getPlanType().name(), child.getPlanStartDate());
        accessFacts.childRegistered(registered);
        outbox.publish(child.getId().toString(), registered);
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
        Set<UUID> onPage = rows.stream().limit(page.limit()).map(Child::getId).collect(Collectors.toSet());
        Map<UUID, AccessDecision> shown = childAccess.listable(candidates.stream()
                .filter(facts -> onPage.contains(facts.childId())).toList(), "listChildren");
        return Pagination.filteredPage(rows, page, ChildRepository::cursorOf,
                child -> shown.containsKey(child.getId()),
                shownRows -> shownRows.stream().map(child -> shown.get(child.getId()).allowed()
                        ? mapper.toDto(child, organisation) : ChildDto.withheld(child.getId())).toList());
    }

    /** Allocates the case to a worker of the child's team, or transfers it to a worker of another team. */
    @Transactional
    public ChildDto allocate(UUID id, AllocationRequest request, String ifMatch) {
        Child child = find(id);
        access.require(child, AccessClass.RECORD_MANAGE, "allocateChild");
        String team = blankToNull(request.team()) == null ? child.getTeam() : request.team();
        requireCaseHolder("allocatedWorker", request.allocatedWorker(), team);
        Preconditions.requireCurrent(ifMatch, child.getVersion(), "child's record");
        String previousTeam = child.getTeam();
        String previousWorker = child.getAllocatedWorker();
        if (team.equals(previousTeam) && request.allocatedWorker().equals(previousWorker)) {
            return mapper.toDto(child, organisation);
        }
        Instant now = clock.instant();
        allocations.persist(child.allocate(team, request.allocatedWorker(), caller.username(), now));
        ChildAllocated allocated = new ChildAllocated(child.getId(), team, child.getAllocatedWorker(), previousTeam,
                previousWorker, caller.username(), now);
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
        if (Objects.equals(iro, child.getIro())) {
            return mapper.toDto(child, organisation);
        }
        child.appointIro(iro);
        IroAssigned assigned = new IroAssigned(child.getId(), iro, caller.username(), clock.instant());
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
