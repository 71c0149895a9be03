package io.casework.deadlines.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<Deadline, UUID> {

    private static final Sort SOONEST_FIRST = Sort.by("dueDate").and("id");

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
     * One page of a worktray, soonest first: the open deadlines assigned to the person, and when a team is given
     * that team's open deadlines of the kinds its managers see that no one holds by name; {@code limit + 1} rows.
     */
    public List<Deadline> openForWorktray(String username, String team, Collection<DeadlineKind> teamKinds,
                                          PageQuery page) {
        StringBuilder query = new StringBuilder("state = :open and (assignee = :me");
        Parameters parameters = Parameters.with("open", DeadlineState.OPEN).and("me", username);
        if (team != null) {
            query.append(" or (team = :team and assignee is null and kind in :kinds)");
            parameters.and("team", team).and("kinds", teamKinds);
        }
        query.append(")");
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
