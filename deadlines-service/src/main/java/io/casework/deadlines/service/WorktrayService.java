package io.casework.deadlines.service;

import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.StaffMember;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Caller;
import io.casework.deadlines.domain.Countdown;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.mapping.DeadlineMapper;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.deadlines.rest.dto.WorktrayItem;
import io.casework.deadlines.rest.dto.WorktrayReason;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A worker's list of what is due: theirs by name, and for managers their team's notes awaiting oversight. */
@ApplicationScoped
public class WorktrayService {

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
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorktrayItem> worktray() {
        String me = caller.username();
        // Keyed by id so that a deadline both assigned to a manager and pending in their team shows once.
        Map<UUID, Deadline> open = new LinkedHashMap<>();
        Map<UUID, WorktrayReason> reasons = new HashMap<>();
        for (Deadline deadline : deadlines.openAssignedTo(me)) {
            open.put(deadline.getId(), deadline);
            reasons.put(deadline.getId(), WorktrayReason.ASSIGNED);
        }
        Optional<StaffMember> member = organisation.member(me);
        if (member.isPresent() && member.get().post().isTeamLine()) {
            for (Deadline deadline : deadlines.openOfTeam(member.get().team(), DeadlineKind.MANAGEMENT_OVERSIGHT)) {
                open.putIfAbsent(deadline.getId(), deadline);
                reasons.putIfAbsent(deadline.getId(), WorktrayReason.TEAM_OVERSIGHT);
            }
        }
        List<ChildFacts> children = open.values().stream().map(Deadline::getChildId).distinct()
                .map(organisation::child).flatMap(Optional::stream).toList();
        Map<UUID, AccessDecision> shown = access.listable(children, "getWorktray");
        LocalDate today = LocalDate.now(clock);
        return open.values().stream()
                .filter(d -> shown.containsKey(d.getChildId()))
                .map(d -> item(d, today, reasons.get(d.getId())))
                .sorted(Comparator.comparing(WorktrayItem::dueDate).thenComparing(i -> i.deadlineId().toString()))
                .toList();
    }

    private WorktrayItem item(Deadline deadline, LocalDate today, WorktrayReason reason) {
        return mapper.toWorktrayItem(deadline, Countdown.of(deadline.getDueDate(), today, calendar), reason);
    }
}
