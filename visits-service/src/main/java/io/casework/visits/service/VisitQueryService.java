package io.casework.visits.service;

import io.casework.backbone.problem.Problems;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Roles;
import io.casework.timescales.WorkingDayCalendar;
import io.casework.visits.domain.TeamAccess;
import io.casework.visits.mapping.VisitMapper;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.ChildRepository;
import io.casework.visits.repository.PlannedVisit;
import io.casework.visits.repository.PlannedVisitRepository;
import io.casework.visits.repository.RecordedVisitRepository;
import io.casework.visits.repository.VisitPlan;
import io.casework.visits.repository.VisitPlanRepository;
import io.casework.visits.rest.dto.ChildVisitsView;
import io.casework.visits.rest.dto.DueVisitView;
import io.casework.visits.rest.dto.VisitPlanView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What staff read about visits, limited to the children of the caller's team (see {@link TeamAccess}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitQueryService {

    @Inject
    ChildRepository children;

    @Inject
    VisitPlanRepository plans;

    @Inject
    PlannedVisitRepository plannedVisits;

    @Inject
    RecordedVisitRepository recordedVisits;

    @Inject
    VisitMapper mapper;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    public ChildVisitsView visitsOf(UUID childId) {
        Child child = visibleChild(childId);
        LocalDate today = LocalDate.now(clock);
        return new ChildVisitsView(child.childId, child.displayName, child.team, child.allocatedWorker,
                child.planType, today,
                mapper.toVisitViews(plannedVisits.listForChild(childId), today),
                mapper.toRecordedVisitViews(recordedVisits.listForChild(childId)));
    }

    public VisitPlanView planOf(UUID childId) {
        Child child = visibleChild(childId);
        VisitPlan plan = plans.findFor(childId, child.planType)
                .orElseThrow(() -> Problems.notFound("Visit plan of child", childId));
        LocalDate nextDue = plannedVisits.findOpen(childId).map(visit -> visit.dueDate).orElse(null);
        return mapper.toPlanView(plan, child, nextDue);
    }

    /** The team's statutory visits due on or before {@code until}, soonest first: a worktray. */
    public List<DueVisitView> dueFor(String team, LocalDate until) {
        if (!TeamAccess.maySee(seesEveryTeam(), caller.team(), team)) {
            throw Problems.accessRefused("You can only see the due visits of your own team ("
                    + caller.team() + "), not of team " + team);
        }
        LocalDate today = LocalDate.now(clock);
        return plannedVisits.listDue(team, until).stream()
                .map(row -> dueView(row.visit(), row.child(), today))
                .toList();
    }

    private DueVisitView dueView(PlannedVisit visit, Child child, LocalDate today) {
        // Negative once overdue: how many working days the visit is late by.
        int workingDaysLeft = calendar.workingDaysBetween(today, visit.dueDate);
        return mapper.toDueView(visit, child, workingDaysLeft, today);
    }

    private Child visibleChild(UUID childId) {
        Child child = children.findByIdOptional(childId).orElseThrow(() -> Problems.notFound("Child", childId));
        if (!TeamAccess.maySee(seesEveryTeam(), caller.team(), child.team)) {
            throw Problems.accessRefused("Child " + childId + " belongs to another team than yours ("
                    + caller.team() + ")");
        }
        return child;
    }

    private boolean seesEveryTeam() {
        return caller.hasAnyRole(Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE);
    }
}
