package io.casework.deadlines.service;

import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.StaffMember;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.security.Caller;
import io.casework.deadlines.domain.Countdown;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.mapping.DeadlineMapper;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.deadlines.rest.dto.WorktrayItemDto;
import io.casework.deadlines.rest.dto.WorktrayReason;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A worker's list of what is due: theirs by name, and for managers their team's notes awaiting oversight. */
@ApplicationScoped
public class WorktrayService {

    /** What a team's managers hold when no one holds it by name: oversight of notes, and pathway steps' reminders. */
    private static final Set<DeadlineKind> MANAGERS_HOLD = EnumSet.of(DeadlineKind.MANAGEMENT_OVERSIGHT,
            DeadlineKind.PATHWAY_STEP);

    @Inject
    DeadlineRepository deadlines;

    @Inject
    DeadlineMapper mapper;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ChildAccess access;

    @Inject
    StoredOrganisation organisation;

    /**
     * The caller's open deadlines, and for the managers of a team (the organisation model's, not the token's) their
     * team's notes awaiting oversight; only of children the caller may see, each child shown logged on its access log.
     * One page, soonest first; a deadline both assigned to a manager and pending in their team shows once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WorktrayItemDto> worktray(PageQuery page) {
        String me = caller.username();
        String managedTeam = organisation.member(me).filter(m -> m.post().isTeamLine()).map(StaffMember::team)
                .orElse(null);
        List<Deadline> rows = deadlines.openForWorktray(me, managedTeam, MANAGERS_HOLD, page);
        // Only the rows of this page are shown, and so logged; the one fetched beyond it only says more exist.
        List<ChildFacts> children = rows.stream().limit(page.limit()).map(Deadline::getChildId).distinct()
                .map(organisation::child).flatMap(Optional::stream).toList();
        Map<UUID, AccessDecision> shown = access.listable(children, "getWorktray");
        LocalDate today = LocalDate.now(clock);
        return Pagination.filteredPage(rows, page, DeadlineRepository::cursorOf,
                d -> shown.containsKey(d.getChildId()),
                shownRows -> shownRows.stream().map(d -> item(d, today, reason(d, me))).toList());
    }

    private static WorktrayReason reason(Deadline deadline, String me) {
        if (me.equals(deadline.getAssignee())) {
            return WorktrayReason.ASSIGNED;
        }
        return deadline.getKind() == DeadlineKind.MANAGEMENT_OVERSIGHT ? WorktrayReason.TEAM_OVERSIGHT
                : WorktrayReason.TEAM;
    }

    private WorktrayItemDto item(Deadline deadline, LocalDate today, WorktrayReason reason) {
        return mapper.toWorktrayItem(deadline, Countdown.of(deadline.getDueDate(), today, calendar), reason,
                organisation);
    }
}
