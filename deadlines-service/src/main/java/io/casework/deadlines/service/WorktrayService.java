package io.casework.deadlines.service;

import io.casework.backbone.security.Caller;
import io.casework.deadlines.domain.Countdown;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.Viewer;
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
import java.util.Map;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorktrayItem> worktray() {
        Viewer viewer = new Viewer(caller.username(), caller.team(), caller.roles());
        // Keyed by id so that a deadline both assigned to a manager and pending in their team shows once.
        Map<UUID, WorktrayItem> items = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Deadline deadline : deadlines.openAssignedTo(viewer.username())) {
            items.put(deadline.getId(), item(deadline, today, WorktrayReason.ASSIGNED));
        }
        if (viewer.overseesTeam()) {
            for (Deadline deadline : deadlines.openOfTeam(viewer.team(), DeadlineKind.MANAGEMENT_OVERSIGHT)) {
                items.putIfAbsent(deadline.getId(), item(deadline, today, WorktrayReason.TEAM_OVERSIGHT));
            }
        }
        return items.values().stream()
                .sorted(Comparator.comparing(WorktrayItem::dueDate).thenComparing(i -> i.deadlineId().toString()))
                .toList();
    }

    private WorktrayItem item(Deadline deadline, LocalDate today, WorktrayReason reason) {
        return mapper.toWorktrayItem(deadline, Countdown.of(deadline.getDueDate(), today, calendar), reason);
    }
}
