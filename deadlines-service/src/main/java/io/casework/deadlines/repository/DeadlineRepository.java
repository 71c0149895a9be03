package io.casework.deadlines.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
import io.casework.deadlines.domain.DueHorizon;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<Deadline, UUID> {

    private static final Sort SOONEST_FIRST = Sort.by("dueDate").and("id");

    /**
     * {@link #SOONEST_FIRST} in Java, for rows of two queries merged: ids compared as PostgreSQL compares uuid, byte
     * by byte unsigned (Java's own UUID order compares signed halves, and would disagree with the cursor).
     */
    static final Comparator<Deadline> SOONEST_FIRST_ORDER = Comparator.comparing(Deadline::getDueDate)
            .thenComparing(Deadline::getId, (a, b) -> {
                int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
                return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(),
                        b.getLeastSignificantBits());
            });

    /** The open deadline for this piece of work, if any (at most one: a partial unique index says so). */
    public Optional<Deadline> findOpen(DeadlineKind kind, String subjectId) {
        return find("kind = ?1 and subjectId = ?2 and state = ?3", kind, subjectId, DeadlineState.OPEN)
                .firstResultOptional();
    }

    /** The open deadline of this piece of work under this rule, if any (at most one: V6's partial unique index). */
    public Optional<Deadline> findOpen(DeadlineKind kind, String ruleId, String subjectId) {
        return find("kind = ?1 and ruleId = ?2 and subjectId = ?3 and state = ?4", kind, ruleId, subjectId,
                DeadlineState.OPEN).firstResultOptional();
    }

    /** Every open deadline of this piece of work, whatever its rule. */
    public List<Deadline> openOf(DeadlineKind kind, String subjectId) {
        return list("kind = ?1 and subjectId = ?2 and state = ?3", kind, subjectId, DeadlineState.OPEN);
    }

    /** Every open deadline of this kind of the child's: a few at most (the steps of a spell of failed access). */
    public List<Deadline> openOfChild(DeadlineKind kind, UUID childId) {
        return list("kind = ?1 and childId = ?2 and state = ?3", kind, childId, DeadlineState.OPEN);
    }

    /**
     * The deadline of this piece of work in whatever state, if tracked: for a statutory visit there is one for the
     * visit's whole life (met, reopened, withdrawn, reinstated), so the latest opened is the only one.
     */
    public Optional<Deadline> findTracked(DeadlineKind kind, String subjectId) {
        return find("kind = ?1 and subjectId = ?2", Sort.descending("openedAt").and("id"), kind, subjectId)
                .firstResultOptional();
    }

    /** One page of the child's deadlines, soonest first, in one state or both; {@code limit + 1} rows. */
    public List<Deadline> forChild(UUID childId, Optional<DeadlineState> state, PageQuery page) {
        StringBuilder query = new StringBuilder("childId = :child");
        Parameters parameters = Parameters.with("child", childId);
        state.ifPresent(s -> {
            query.append(" and state = :state");
            parameters.and("state", s);
        });
        return soonestFirst(query, parameters, page);
    }

    /**
     * One page of the open deadlines held by this person by name, soonest first, as the filter narrows them;
     * {@code limit + 1} rows.
     */
    public List<Deadline> openAssignedTo(String username, WorktrayFilter filter, PageQuery page) {
        StringBuilder query = new StringBuilder("state = :open and assignee = :me");
        Parameters parameters = Parameters.with("open", DeadlineState.OPEN).and("me", username);
        filter.addTo(query, parameters);
        return soonestFirst(query, parameters, page);
    }

    /** Up to {@code batch} open deadlines past their due date ({@code today} is after it) not yet marked breached. */
    public List<Deadline> unmarkedBreaches(LocalDate today, int batch) {
        return find("state = ?1 and breachedAt is null and dueDate < ?2", SOONEST_FIRST, DeadlineState.OPEN, today)
                .page(0, batch).list();
    }

    /** Up to {@code batch} open breached deadlines whose next escalation step is due by {@code today}. */
    public List<Deadline> escalationsDue(LocalDate today, int batch) {
        return find("state = ?1 and nextEscalationOn < ?2", Sort.by("nextEscalationOn").and("id"),
                DeadlineState.OPEN, today).page(0, batch).list();
    }

    /**
     * Up to {@code batch} open deadlines counted here under a version other than {@code version}, after id
     * {@code after} (null for the first), in id order: a release's recount walks them a batch at a time.
     */
    public List<Deadline> countedUnderAnotherVersion(String version, UUID after, int batch) {
        String query = "state = :open and rulesVersion is not null and rulesVersion <> :version"
                + (after == null ? "" : " and id > :after");
        Parameters parameters = Parameters.with("open", DeadlineState.OPEN).and("version", version);
        if (after != null) {
            parameters.and("after", after);
        }
        return find(query, Sort.by("id"), parameters).page(0, batch).list();
    }

    /**
     * One page of a team's open deadlines of these kinds that no one holds by name (what its managers hold), soonest
     * first, as the filter narrows them; {@code limit + 1} rows.
     */
    public List<Deadline> openUnheldOfTeam(String team, Collection<DeadlineKind> kinds, WorktrayFilter filter,
                                           PageQuery page) {
        StringBuilder query = new StringBuilder("state = :open and team = :team and assignee is null"
                + " and kind in :kinds");
        Parameters parameters = Parameters.with("open", DeadlineState.OPEN).and("team", team).and("kinds", kinds);
        filter.addTo(query, parameters);
        return soonestFirst(query, parameters, page);
    }

    /**
     * One page of a worktray, soonest first: the open deadlines assigned to the person, and when a team is given
     * that team's open deadlines of the kinds its managers see that no one holds by name; {@code limit + 1} rows.
     * Two queries, one per index (V9), merged here: the two sets never overlap (one is held by the person, the
     * other by no one), and each is cut at the same cursor, so the first {@code limit + 1} of both are the page's.
     */
    public List<Deadline> openForWorktray(String username, String team, Collection<DeadlineKind> teamKinds,
                                          WorktrayFilter filter, PageQuery page) {
        List<Deadline> mine = openAssignedTo(username, filter, page);
        if (team == null) {
            return mine;
        }
        List<Deadline> merged = new ArrayList<>(mine);
        merged.addAll(openUnheldOfTeam(team, teamKinds, filter, page));
        merged.sort(SOONEST_FIRST_ORDER);
        return merged.size() > page.rows() ? merged.subList(0, page.rows()) : merged;
    }

    /**
     * One page of the open deadlines of these teams (a team's or a service area's worktray), soonest first, as the
     * filter narrows them; {@code limit + 1} rows.
     */
    public List<Deadline> openOfTeams(Collection<String> teams, WorktrayFilter filter, PageQuery page) {
        StringBuilder query = new StringBuilder(teams.size() == 1 ? "state = :open and team = :team"
                : "state = :open and team in :team");
        Parameters parameters = Parameters.with("open", DeadlineState.OPEN)
                .and("team", teams.size() == 1 ? teams.iterator().next() : teams);
        filter.addTo(query, parameters);
        return soonestFirst(query, parameters, page);
    }

    /**
     * The open deadlines of these teams counted by when they are due, per deadline team, kind and rule, and per the
     * access facts of their child (so that the access policy can be applied to each group of children alike instead
     * of to each child). Deadlines of a child this service has no access facts of are not counted: no list shows them.
     */
    public List<FactsCount> countOfTeams(Collection<String> teams, WorktrayFilter filter, DueHorizon horizon) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("teams", teams);
        return counts("d.team in (:teams)", parameters, filter, horizon);
    }

    /** As {@link #countOfTeams}, of a worktray as {@link #openForWorktray} lists it. */
    public List<FactsCount> countForWorktray(String username, String team, Collection<DeadlineKind> teamKinds,
                                             WorktrayFilter filter, DueHorizon horizon) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("me", username);
        if (team == null) {
            return counts("d.assignee = :me", parameters, filter, horizon);
        }
        parameters.put("team", team);
        parameters.put("kinds", teamKinds.stream().map(Enum::name).toList());
        return counts("(d.assignee = :me or (d.team = :team and d.assignee is null and d.kind in (:kinds)))",
                parameters, filter, horizon);
    }

    // Summed per child first, in the order of V9's deadline_open_counts index (read from the index alone, no sort),
    // then once per group of access facts: in the benchmark's authority a service area's 275,000 deadlines become
    // 16,500 sums per child and then about 500 groups, each decided once by the access policy.
    @SuppressWarnings("unchecked")
    private List<FactsCount> counts(String scope, Map<String, Object> parameters, WorktrayFilter filter,
                                    DueHorizon horizon) {
        StringBuilder where = new StringBuilder("d.state = 'OPEN' and ").append(scope);
        if (filter.kind() != null) {
            where.append(" and d.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.ruleId() != null) {
            where.append(" and d.rule_id = :ruleId");
            parameters.put("ruleId", filter.ruleId());
        }
        if (filter.childId() != null) {
            where.append(" and d.child_id = :childId");
            parameters.put("childId", filter.childId());
        }
        parameters.put("today", horizon.today());
        parameters.put("soon", horizon.soonUntil());
        Query query = getEntityManager().createNativeQuery("""
                select x.team, x.kind, x.rule_id, c.team as child_team, c.allocated_worker, c.iro, c.looked_after,
                       c.adoption_plan, c.restriction,
                       sum(x.overdue), sum(x.due_today), sum(x.due_soon), sum(x.open)
                from (select d.team, d.child_id, d.kind, d.rule_id,
                             count(*) filter (where d.due_date < :today) as overdue,
                             count(*) filter (where d.due_date = :today) as due_today,
                             count(*) filter (where d.due_date > :today and d.due_date <= :soon) as due_soon,
                             count(*) as open
                      from deadline d
                      where %s
                      group by d.team, d.child_id, d.kind, d.rule_id) x
                join access_child c on c.child_id = x.child_id
                group by x.team, x.kind, x.rule_id, c.team, c.allocated_worker, c.iro, c.looked_after,
                         c.adoption_plan, c.restriction
                """.formatted(where));
        parameters.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().map(FactsCount::of).toList();
    }
    /** The order of every deadline list, and the cursor that pages it: due date, then id. */
    public static PageCursor cursorOf(Deadline deadline) {
        return PageCursor.of(deadline.getDueDate(), deadline.getId());
    }

    /** The kinds of {@link #cursorOf}'s keys, to check a cursor a client sends back. */
    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.DATE, PageCursor.Key.UUID};
    }

    private List<Deadline> soonestFirst(StringBuilder query, Parameters parameters, PageQuery page) {
        if (page.after() != null) {
            query.append(" and (dueDate, id) > (:due, :id)");
            parameters.and("due", page.after().date(0)).and("id", page.after().uuid(1));
        }
        return find(query.toString(), SOONEST_FIRST, parameters).page(0, page.rows()).list();
    }
}
