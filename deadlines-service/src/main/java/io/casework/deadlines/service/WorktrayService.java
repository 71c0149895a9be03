package io.casework.deadlines.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.AccessPolicy;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.StaffMember;
import io.casework.backbone.access.TeamViewRights;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.enforce.TeamViews;
import io.casework.backbone.access.readmodel.AccessChild;
import io.casework.backbone.access.readmodel.OrgMember;
import io.casework.backbone.access.readmodel.OrgTeam;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.security.Caller;
import io.casework.deadlines.config.WorktrayConfig;
import io.casework.deadlines.domain.Countdown;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DueCounts;
import io.casework.deadlines.domain.DueHorizon;
import io.casework.deadlines.domain.WorktrayTally;
import io.casework.deadlines.mapping.DeadlineMapper;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.deadlines.repository.FactsCount;
import io.casework.deadlines.repository.WorktrayFilter;
import io.casework.deadlines.rest.dto.DueCountsDto;
import io.casework.deadlines.rest.dto.RuleCountsDto;
import io.casework.deadlines.rest.dto.TeamCountsDto;
import io.casework.deadlines.rest.dto.WorktrayCountsDto;
import io.casework.deadlines.rest.dto.WorktrayItemDto;
import io.casework.deadlines.rest.dto.WorktrayReason;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Worktrays of what is due: a worker's own (theirs by name, and for managers what their team's managers hold), a
 * team's and a service area's for those who manage them, each a page at a time or counted. Every list shows a child
 * only as the access policy lists it, and logs each child shown; counts count only those children, and show none.
 */
@ApplicationScoped
public class WorktrayService {

    /**
     * What a team's managers hold when no one holds it by name: oversight of notes, pathway steps' reminders, and the
     * decisions owed after failed access.
     */
    private static final Set<DeadlineKind> MANAGERS_HOLD = EnumSet.of(DeadlineKind.MANAGEMENT_OVERSIGHT,
            DeadlineKind.PATHWAY_STEP, DeadlineKind.FAILED_ACCESS);

    @Inject
    DeadlineRepository deadlines;

    @Inject
    DeadlineMapper mapper;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    WorktrayConfig config;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ChildAccess access;

    @Inject
    StoredOrganisation organisation;

    @Inject
    TeamViews teamViews;

    /** Today and what counts as due soon from it, as filters and counts read them. */
    public DueHorizon horizon() {
        return DueHorizon.of(LocalDate.now(clock), config.soonWorkingDays(), calendar);
    }

    /**
     * The caller's open deadlines, and for the managers of a team (the organisation model's, not the token's) what
     * the team's managers hold; only of children the caller may see, each child shown logged on its access log.
     * One page, soonest first; a deadline both assigned to a manager and pending in their team shows once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WorktrayItemDto> worktray(WorktrayFilter filter, PageQuery page) {
        String me = caller.username();
        List<Deadline> rows = deadlines.openForWorktray(me, managedTeam(me), MANAGERS_HOLD, filter, page);
        return shown(rows, page, "getWorktray");
    }

    /** The counts of {@link #worktray}'s deadlines, by when they are due. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorktrayCountsDto counts(WorktrayFilter filter) {
        String me = caller.username();
        DueHorizon horizon = horizon();
        return tally(deadlines.countForWorktray(me, managedTeam(me), MANAGERS_HOLD, filter, horizon),
                List.of(), horizon);
    }

    /**
     * Every open deadline of one team, soonest first, for those who manage it ({@link TeamViewRights}); each child
     * shown as the access policy lists it, and logged.
     *
     * @throws jakarta.ws.rs.WebApplicationException 404 for a team the organisation model does not hold, 403 for
     *                                                anyone who does not manage it
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WorktrayItemDto> teamWorktray(String team, WorktrayFilter filter, PageQuery page) {
        requireTeamManager(team);
        return shown(deadlines.openOfTeams(List.of(team), filter, page), page, "getTeamWorktray");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorktrayCountsDto teamCounts(String team, WorktrayFilter filter) {
        requireTeamManager(team);
        DueHorizon horizon = horizon();
        return tally(deadlines.countOfTeams(List.of(team), filter, horizon), List.of(team), horizon);
    }

    /**
     * Every open deadline of the teams of one service area, soonest first, for its senior manager and head of
     * service; each child shown as the access policy lists it, and logged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WorktrayItemDto> serviceAreaWorktray(String serviceArea, WorktrayFilter filter, PageQuery page) {
        List<String> teams = requireAreaManager(serviceArea);
        return shown(deadlines.openOfTeams(teams, filter, page), page, "getServiceAreaWorktray");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorktrayCountsDto serviceAreaCounts(String serviceArea, WorktrayFilter filter) {
        List<String> teams = requireAreaManager(serviceArea);
        DueHorizon horizon = horizon();
        return tally(deadlines.countOfTeams(teams, filter, horizon), teams, horizon);
    }

    private String managedTeam(String me) {
        return organisation.member(me).filter(m -> m.post().isTeamLine()).map(StaffMember::team).orElse(null);
    }

    private void requireTeamManager(String team) {
        teamViews.requireManagerOf(team, "A team's worktray is for its practice manager and team manager and the "
                + "senior manager and head of service of its service area.");
    }

    /** The area's teams, once the caller is found to manage the area. */
    private List<String> requireAreaManager(String serviceArea) {
        List<String> teams = OrgTeam.<OrgTeam>list("serviceArea", serviceArea).stream().map(t -> t.team).sorted()
                .toList();
        if (teams.isEmpty()) {
            throw Problems.notFound("service area", serviceArea);
        }
        boolean manages = organisation.member(caller.username())
                .map(me -> TeamViewRights.mayOpenServiceArea(me, serviceArea)).orElse(false);
        if (!manages) {
            throw Problems.accessRefused("A service area's worktray is for its senior manager and head of "
                    + "service.");
        }
        return teams;
    }

    /**
     * The page of the fetched rows whose children the policy lists (ACCESS-RULES "Lists"), a P child without
     * details; only the rows of this page are shown, and so logged: the one fetched beyond it only says more exist.
     */
    private Page<WorktrayItemDto> shown(List<Deadline> rows, PageQuery page, String action) {
        String me = caller.username();
        List<UUID> childIds = rows.stream().limit(page.limit()).map(Deadline::getChildId).distinct().toList();
        Map<UUID, AccessDecision> shown = access.listable(facts(childIds), action);
        LocalDate today = LocalDate.now(clock);
        return Pagination.filteredPage(rows, page, DeadlineRepository::cursorOf,
                d -> shown.containsKey(d.getChildId()), shownRows -> shownRows.stream().map(d -> {
                    WorktrayItemDto item = mapper.toWorktrayItem(d, Countdown.of(d.getDueDate(), today, calendar),
                            reason(d, me), organisation);
                    return shown.get(d.getChildId()).allowed() ? item : item.withheld();
                }).toList());
    }

    /**
     * The access facts of these children in one query, in the order given; a child this service has none of is left
     * out (no list shows it).
     */
    private List<ChildFacts> facts(List<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, AccessChild> known = AccessChild.<AccessChild>list("childId in ?1", childIds).stream()
                .collect(Collectors.toMap(c -> c.childId, Function.identity()));
        // The policy asks after each allocated worker (whom they report to) and the page names each holder: read
        // them in one query too, so that the organisation model's look-ups one by one find them already loaded.
        Set<String> workers = known.values().stream().map(c -> c.allocatedWorker).collect(Collectors.toSet());
        if (!workers.isEmpty()) {
            OrgMember.list("username in ?1", workers);
        }
        return childIds.stream().map(known::get).filter(c -> c != null).map(organisation::facts).toList();
    }

    private static WorktrayReason reason(Deadline deadline, String me) {
        if (me.equals(deadline.getAssignee())) {
            return WorktrayReason.ASSIGNED;
        }
        if (deadline.getAssignee() != null) {
            return WorktrayReason.HELD_IN_TEAM;
        }
        return deadline.getKind() == DeadlineKind.MANAGEMENT_OVERSIGHT ? WorktrayReason.TEAM_OVERSIGHT
                : WorktrayReason.TEAM;
    }

    /**
     * Sums the groups of children the caller's lists may show: the access policy decides once per group of children
     * with the same access facts, and logs nothing, since counts show no child.
     */
    private WorktrayCountsDto tally(List<FactsCount> groups, List<String> teams, DueHorizon horizon) {
        String me = caller.username();
        Map<ChildFacts, Boolean> listable = new HashMap<>();
        WorktrayTally tally = new WorktrayTally(teams);
        for (FactsCount group : groups) {
            FactsCount located = group.inServiceArea(organisation.serviceAreaOf(group.facts().team()).orElse(null));
            boolean counted = listable.computeIfAbsent(located.facts(), facts -> AccessPolicy
                    .decide(AccessClass.RECORD_READ, me, facts, organisation, false).listable());
            if (counted) {
                tally.add(group.team(), group.kind(), group.ruleId(), group.counts());
            }
        }
        return new WorktrayCountsDto(horizon.today(), horizon.soonUntil(), dto(tally.total()),
                tally.byTeam().entrySet().stream().map(e -> new TeamCountsDto(e.getKey(), dto(e.getValue())))
                        .toList(),
                tally.byRule().entrySet().stream().map(e -> new RuleCountsDto(e.getKey().kind(),
                        e.getKey().ruleId(), dto(e.getValue()))).toList());
    }

    private static DueCountsDto dto(DueCounts counts) {
        return new DueCountsDto(counts.overdue(), counts.dueToday(), counts.dueSoon(), counts.open());
    }
}
