package io.casework.approvals.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.approvals.domain.ManagementLine;
import io.casework.approvals.domain.ManagementRole;
import io.casework.approvals.domain.OrganisationChangeRights;
import io.casework.approvals.domain.RequestState;
import io.casework.approvals.domain.Responsibilities;
import io.casework.approvals.domain.RoutingReason;
import io.casework.approvals.mapping.CatalogueMapper;
import io.casework.approvals.mapping.OrganisationMapper;
import io.casework.approvals.mapping.People;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.approvals.repository.OrganisationChange;
import io.casework.approvals.repository.OrganisationChangeRepository;
import io.casework.approvals.repository.ServiceArea;
import io.casework.approvals.repository.ServiceAreaRepository;
import io.casework.approvals.repository.Staff;
import io.casework.approvals.repository.StaffRepository;
import io.casework.approvals.repository.Team;
import io.casework.approvals.repository.TeamRepository;
import io.casework.approvals.rest.dto.DecisionKindDto;
import io.casework.approvals.rest.dto.OrganisationChangeDto;
import io.casework.approvals.rest.dto.ServiceAreaDto;
import io.casework.approvals.rest.dto.ServiceAreaRequest;
import io.casework.approvals.rest.dto.StaffMemberDto;
import io.casework.approvals.rest.dto.StaffMemberRequest;
import io.casework.approvals.rest.dto.TeamDto;
import io.casework.approvals.rest.dto.TeamUpdateRequest;
import io.casework.backbone.access.StaffMember;
import io.casework.backbone.access.readmodel.AccessChild;
import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Roles;
import io.casework.contracts.Post;
import io.casework.contracts.events.StaffMemberChanged;
import io.casework.contracts.events.TeamChanged;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation model: service areas, teams and their management lines, every member of staff with their post,
 * and the catalogue of decisions that need approval. Every change is checked against the model (an approver holds
 * the post; a supervisor is a member), kept in the history, applied to this service's own access read model in the
 * same transaction (so access changes here at once) and published for the other services' read models.
 */
@ApplicationScoped
public class OrganisationService {

    @Inject
    TeamRepository teams;

    @Inject
    ServiceAreaRepository serviceAreas;

    @Inject
    StaffRepository staff;

    @Inject
    ApprovalCatalogue kinds;

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    RequestRouting routing;

    @Inject
    OrganisationChangeRepository changes;

    @Inject
    OrganisationMapper mapper;

    @Inject
    CatalogueMapper catalogueMapper;

    @Inject
    People people;

    @Inject
    AccessReadModel readModel;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TeamDto> teams(PageQuery page) {
        List<Team> rows = page.after() == null ? teams.find("order by id").page(0, page.rows()).list()
                : teams.find("id > ?1 order by id", page.after().text(0)).page(0, page.rows()).list();
        return Pagination.page(rows, page, team -> PageCursor.of(team.getId()),
                shown -> mapper.toTeamDtos(shown, people));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ServiceAreaDto> serviceAreas(PageQuery page) {
        List<ServiceArea> rows = page.after() == null ? serviceAreas.find("order by id").page(0, page.rows()).list()
                : serviceAreas.find("id > ?1 order by id", page.after().text(0)).page(0, page.rows()).list();
        return Pagination.page(rows, page, area -> PageCursor.of(area.getId()),
                shown -> mapper.toAreaDtos(shown, people));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DecisionKindDto> catalogue() {
        return catalogueMapper.toDtos(kinds.all());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StaffMemberDto> staff(String team, PageQuery page) {
        return Pagination.page(staff.current(team, page), page, member -> PageCursor.of(member.getUsername()),
                shown -> mapper.toStaffDtos(shown, people));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamDto team(String id) {
        return mapper.toDto(teams.findByIdOptional(id).orElseThrow(() -> Problems.notFound("team", id)), people);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceAreaDto serviceArea(String id) {
        return mapper.toDto(serviceAreas.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("service area", id)), people);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffMemberDto member(String username) {
        return mapper.toDto(staff.findByIdOptional(username)
                .orElseThrow(() -> Problems.notFound("member of staff", username)), people);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganisationChangeDto> history(String subjectKind, String subjectId, PageQuery page) {
        List<OrganisationChange> rows = changes.history(OrganisationChange.SubjectKind.valueOf(subjectKind),
                subjectId, page);
        return Pagination.page(rows, page, change -> PageCursor.of(change.getVersion()),
                shown -> mapper.toChangeDtos(shown, people));
    }

    /**
     * Creates the team or replaces its name and management line. A manager taken off the line hands on the team's
     * requests still waiting for them: each goes up the line from the post they held (issue 17), recorded and
     * notified; the rest keep their assignee.
     */
    @Transactional
    public TeamDto replace(String teamId, TeamUpdateRequest update, String ifMatch) {
        ServiceArea area = serviceAreas.findByIdOptional(update.serviceArea()).orElseThrow(() -> Problems.badRequest(
                "unknown-service-area", "serviceArea: there is no service area '" + update.serviceArea() + "'"));
        Optional<Team> existing = teams.findByIdOptional(teamId);
        refuseUnless(OrganisationChangeRights.forTeam(changer(), administrator(), area.getId()));
        existing.ifPresent(team -> refuseUnless(OrganisationChangeRights.forTeam(changer(), administrator(),
                team.getServiceArea().getId())));
        Preconditions.requireCurrentOrNew(ifMatch, existing.map(Team::getVersion), "team");
        if (existing.isPresent() && !existing.get().getServiceArea().getId().equals(area.getId())
                && !staff.currentInTeam(teamId).isEmpty()) {
            throw Problems.conflict("team-has-members", "A team with members cannot move to another service area: "
                    + "move its members first");
        }
        List<Problems.FieldViolation> violations = new ArrayList<>();
        requirePost(violations, "practiceManager", update.practiceManager(), Post.PRACTICE_MANAGER, teamId, null);
        requirePost(violations, "teamManager", update.teamManager(), Post.TEAM_MANAGER, teamId, null);
        requirePost(violations, "seniorManager", update.seniorManager(), Post.SENIOR_MANAGER, null, area.getId());
        if (!violations.isEmpty()) {
            throw Problems.invalidFields("An approver must hold the post in the organisation model", violations);
        }
        String by = caller.username();
        Instant at = clock.instant();
        Optional<ManagementLine> before = existing.flatMap(t -> lineOf(t.getId()));
        Team team;
        if (existing.isPresent()) {
            team = existing.get();
            team.reorganise(update.name(), area, update.practiceManager(), update.teamManager(),
                    update.seniorManager(), by, at);
        } else {
            team = Team.form(teamId, update.name(), area, update.practiceManager(), update.teamManager(),
                    update.seniorManager(), by, at);
            teams.persist(team);
        }
        before.ifPresent(line -> handOnFromTheLine(teamId, line));
        publish(team, existing.isPresent() ? "CHANGED" : "CREATED");
        return mapper.toDto(team, people);
    }

    @Transactional
    public ServiceAreaDto replaceServiceArea(String id, ServiceAreaRequest update, String ifMatch) {
        refuseUnless(OrganisationChangeRights.forServiceArea(administrator()));
        Optional<ServiceArea> existing = serviceAreas.findByIdOptional(id);
        Preconditions.requireCurrentOrNew(ifMatch, existing.map(ServiceArea::getVersion), "service area");
        List<Problems.FieldViolation> violations = new ArrayList<>();
        requirePost(violations, "headOfService", update.headOfService(), Post.HEAD_OF_SERVICE, null, id);
        if (!violations.isEmpty()) {
            throw Problems.invalidFields("The head of service must hold the post in this service area", violations);
        }
        String by = caller.username();
        Instant at = clock.instant();
        ServiceArea area;
        if (existing.isPresent()) {
            area = existing.get();
            area.reorganise(update.name(), update.headOfService(), by, at);
        } else {
            area = ServiceArea.form(id, update.name(), update.headOfService(), by, at);
            serviceAreas.persist(area);
        }
        record(OrganisationChange.SubjectKind.SERVICE_AREA, id, area.getVersion(),
                existing.isPresent() ? "CHANGED" : "CREATED", ServiceAreaVersion.of(area), at);
        return mapper.toDto(area, people);
    }

    /** A member joins, or their post, team, supervisor or e-mail address changes. */
    @Transactional
    public StaffMemberDto replaceMember(String username, StaffMemberRequest update, String ifMatch) {
        Optional<Staff> existing = staff.findByIdOptional(username);
        String area = areaOf(update);
        String areaBefore = existing.filter(s -> !s.hasLeft()).map(Staff::getServiceArea).orElse(null);
        refuseUnless(OrganisationChangeRights.forMember(changer(), administrator(), update.post(), areaBefore, area));
        existing.filter(s -> !s.hasLeft() && s.getPost().scope() != Post.Scope.TEAM
                        && update.post().scope() == Post.Scope.TEAM)
                .ifPresent(s -> refuseUnless(OrganisationChangeRights.forMember(changer(), administrator(),
                        s.getPost(), null, s.getServiceArea())));
        Preconditions.requireCurrentOrNew(ifMatch, existing.map(Staff::getVersion), "member of staff");
        if (update.supervisor() != null) {
            if (update.supervisor().equals(username)) {
                throw Problems.invalidFields("Nobody supervises themselves",
                        List.of(Problems.FieldViolation.body("supervisor", "must be someone else")));
            }
            if (staff.current(update.supervisor()).isEmpty()) {
                throw Problems.invalidFields("A supervisor must be a member of staff", List.of(
                        Problems.FieldViolation.body("supervisor", "no member of staff '" + update.supervisor() + "'")));
            }
        }
        existing.filter(s -> !s.hasLeft() && !Objects.equals(s.getTeam(), update.team())).ifPresent(s -> {
            handOnPending(s, RoutingReason.MOVED_TEAM, s.getUsername() + " moved to another team");
            requireNoResponsibilities(s, "move to another team");
        });
        boolean joining = existing.isEmpty() || existing.get().hasLeft();
        String by = caller.username();
        Instant at = clock.instant();
        Staff member;
        if (existing.isPresent()) {
            member = existing.get();
            member.appoint(update.fullName(), update.email(), update.post(), update.team(), area, update.supervisor(),
                    by, at);
        } else {
            member = Staff.join(username, update.fullName(), update.email(), update.post(), update.team(), area,
                    update.supervisor(), by, at);
            staff.persist(member);
        }
        publish(member, joining ? "JOINED" : "CHANGED");
        return mapper.toDto(member, people);
    }

    /** Marks a member as left, once they hold nothing (004 "Updating Team Structures"). */
    @Transactional
    public StaffMemberDto leave(String username) {
        Staff member = staff.current(username).orElseThrow(() -> Problems.notFound("member of staff", username));
        refuseUnless(OrganisationChangeRights.forMember(changer(), administrator(), member.getPost(),
                member.getServiceArea(), member.getServiceArea()));
        handOnPending(member, RoutingReason.LEFT, username + " left");
        requireNoResponsibilities(member, "be marked as left");
        member.leave(caller.username(), clock.instant());
        publish(member, "LEFT");
        return mapper.toDto(member, people);
    }

    /** What the person still holds: cases, pending decisions, people they supervise, posts on a management line. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Responsibilities responsibilities(String username) {
        long cases = AccessChild.count("allocatedWorker", username);
        long pending = requests.count("assignee = ?1 and state = ?2", username, RequestState.PENDING);
        List<String> supervises = staff.supervisedBy(username).stream().map(Staff::getUsername).toList();
        List<String> posts = new ArrayList<>();
        for (Team team : teams.allById()) {
            if (username.equals(team.getPracticeManager())) {
                posts.add("practice manager of team " + team.getId());
            }
            if (username.equals(team.getTeamManager())) {
                posts.add("team manager of team " + team.getId());
            }
            if (username.equals(team.getSeniorManager())) {
                posts.add("senior manager of team " + team.getId());
            }
        }
        serviceAreas.list("headOfService", username).forEach(a -> posts.add("head of service of " + a.getId()));
        return new Responsibilities(cases, pending, supervises, posts);
    }

    /**
     * Announces the whole model, every team and every member (those who left included), at its current versions. Run
     * at start: the demo organisation and rows a migration wrote are published for the first time, and a read model
     * that lost its events (a new consumer, a topic rebuilt, an environment restored from backup) is made whole again.
     * Read models apply each version once, so announcing again changes nothing; each change through the API
     * publishes itself as it happens.
     */
    @Transactional
    public int announce() {
        int published = 0;
        for (Team team : teams.allById()) {
            publish(team, null);
            published++;
        }
        for (Staff member : staff.listAll(Sort.by("username"))) {
            publish(member, null);
            published++;
        }
        return published;
    }

    /** The team's line up to its head of service; empty for a team the model does not know. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ManagementLine> lineOf(String teamId) {
        return teams.findByIdOptional(teamId).map(team -> ManagementLine.of(team.getId(), team.getPracticeManager(),
                team.getTeamManager(), team.getSeniorManager(), team.getServiceArea().getHeadOfService()));
    }

    // The requests of the team still waiting for a manager taken off its line go up from the post they held.
    private void handOnFromTheLine(String teamId, ManagementLine before) {
        ManagementLine now = lineOf(teamId).orElseThrow();
        for (ManagementRole role : ManagementRole.values()) {
            Optional<String> former = before.holderOf(role).filter(holder -> now.postOf(holder).isEmpty());
            if (former.isEmpty()) {
                continue;
            }
            for (ApprovalRequest request : requests.pendingForUpdate(former.get(), teamId)) {
                routing.moveUp(request, now, role, RoutingReason.LEFT_THE_LINE, caller.username(),
                        former.get() + " is no longer the " + role.title() + " of team " + teamId);
            }
        }
    }

    /**
     * A leaver's or mover's requests still waiting go up the line of each request's team (issue 17): from the post the
     * person holds when it is a management post at or above the one the request needs, else from the request's own
     * post. What cannot move (nobody above) stays, and the refusal that follows lists it.
     */
    private void handOnPending(Staff member, RoutingReason reason, String why) {
        Optional<ManagementRole> held = ManagementRole.of(member.getPost());
        for (ApprovalRequest request : requests.pendingForUpdate(member.getUsername())) {
            lineOf(request.getTeam()).ifPresent(line -> {
                ManagementRole needed = routing.postOf(request, line);
                ManagementRole floor = held.filter(post -> !needed.isAbove(post)).orElse(needed);
                routing.moveUp(request, line, floor, reason, caller.username(), why);
            });
        }
    }

    private void requireNoResponsibilities(Staff member, String what) {
        Responsibilities held = responsibilities(member.getUsername());
        if (!held.none()) {
            throw Problems.conflict("member-has-responsibilities", member.getUsername() + " cannot " + what
                    + " while they still hold cases, tasks or people (004 \"Updating Team Structures\")",
                    "remaining", held.remaining());
        }
    }

    private String areaOf(StaffMemberRequest update) {
        List<Problems.FieldViolation> violations = new ArrayList<>();
        String area = null;
        switch (update.post().scope()) {
            case TEAM -> {
                if (update.team() == null) {
                    violations.add(Problems.FieldViolation.body("team", "a " + update.post() + " belongs to a team"));
                } else {
                    Optional<Team> team = teams.findByIdOptional(update.team());
                    if (team.isEmpty()) {
                        violations.add(Problems.FieldViolation.body("team", "no team '" + update.team() + "'"));
                    } else {
                        area = team.get().getServiceArea().getId();
                    }
                }
                if (update.serviceArea() != null && area != null && !update.serviceArea().equals(area)) {
                    violations.add(Problems.FieldViolation.body("serviceArea", "the team's service area is " + area));
                }
            }
            case SERVICE_AREA -> {
                if (update.team() != null) {
                    violations.add(Problems.FieldViolation.body("team", "a " + update.post()
                            + " holds a post over a service area, not in a team"));
                }
                if (update.serviceArea() == null || serviceAreas.findByIdOptional(update.serviceArea()).isEmpty()) {
                    violations.add(Problems.FieldViolation.body("serviceArea", "must name a service area"));
                } else {
                    area = update.serviceArea();
                }
            }
            case AUTHORITY -> {
                if (update.team() != null || update.serviceArea() != null) {
                    violations.add(Problems.FieldViolation.body("team", "a " + update.post()
                            + " works across the authority: no team or service area"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalidFields("The post does not fit the team or service area given", violations);
        }
        return area;
    }

    private void requirePost(List<Problems.FieldViolation> violations, String field, String username, Post post,
            String team, String area) {
        if (username == null) {
            return;
        }
        Optional<Staff> holder = staff.current(username);
        boolean holds = holder.isPresent() && holder.get().getPost() == post
                && (team == null || team.equals(holder.get().getTeam()))
                && (area == null || area.equals(holder.get().getServiceArea()));
        if (!holds) {
            violations.add(Problems.FieldViolation.body(field, username + " does not hold the post " + post
                    + (team != null ? " in team " + team : " in service area " + area)));
        }
    }

    private void publish(Team team, String change) {
        TeamChanged event = mapper.teamChanged(team);
        readModel.teamChanged(event);
        outbox.publish(team.getId(), event);
        if (change != null) {
            record(OrganisationChange.SubjectKind.TEAM, team.getId(), team.getVersion(), change, event,
                    team.getUpdatedAt());
        }
    }

    private void publish(Staff member, String change) {
        StaffMemberChanged event = mapper.staffMemberChanged(member);
        readModel.staffMemberChanged(event);
        outbox.publish(member.getUsername(), event);
        if (change != null) {
            record(OrganisationChange.SubjectKind.STAFF_MEMBER, member.getUsername(), member.getVersion(), change,
                    event, member.getUpdatedAt());
        }
    }

    // The history entry is stamped with the time of the change it records, so that the two never disagree.
    private void record(OrganisationChange.SubjectKind kind, String id, long version, String change, Object after,
            Instant at) {
        changes.persist(OrganisationChange.record(kind, id, version, change, snapshot(after), caller.username(), at));
    }

    /**
     * A service area as its history entries keep it (it has no event of its own): the shape those entries have
     * always had, people by username, so that the history reads one way whatever shape the API's DTOs take.
     */
    record ServiceAreaVersion(String id, String name, String headOfService, long version, Instant updatedAt,
                              String updatedBy) {

        static ServiceAreaVersion of(ServiceArea area) {
            return new ServiceAreaVersion(area.getId(), area.getName(), area.getHeadOfService(), area.getVersion(),
                    area.getUpdatedAt(), area.getUpdatedBy());
        }
    }

    // The subject as the history keeps it: the event's data, which is the whole subject after the change.
    private String snapshot(Object subject) {
        try {
            return json.writeValueAsString(subject);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an organisation change", e);
        }
    }

    private StaffMember changer() {
        return staff.current(caller.username()).map(mapper::toMember).orElse(null);
    }

    private boolean administrator() {
        return caller.hasRole(Roles.ADMINISTRATOR);
    }

    private static void refuseUnless(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw Problems.forbidden("organisation-change-refused", reason);
        });
    }
}
