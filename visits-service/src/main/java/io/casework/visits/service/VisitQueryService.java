package io.casework.visits.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.timescales.WorkingDayCalendar;
import io.casework.visits.mapping.VisitMapper;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.ChildRepository;
import io.casework.visits.repository.DueVisitRow;
import io.casework.visits.repository.PlannedVisit;
import io.casework.visits.repository.PlannedVisitRepository;
import io.casework.visits.repository.RecordedVisitRepository;
import io.casework.visits.repository.VisitPlan;
import io.casework.visits.repository.VisitPlanRepository;
import io.casework.visits.rest.dto.ChildVisitsDto;
import io.casework.visits.rest.dto.DueVisitDto;
import io.casework.visits.rest.dto.VisitPlanDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    ChildAccess access;

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    /** Names the allocated worker, whom this service knows by username only. */
    @Inject
    StoredOrganisation organisation;

    public ChildVisitsDto visitsOf(UUID childId) {
        Child child = visibleChild(childId, "getChildVisits");
        LocalDate today = LocalDate.now(clock);
        return new ChildVisitsDto(child.childId, child.displayName, child.team,
                organisation.person(child.allocatedWorker), child.planType, today,
                mapper.toVisitDtos(plannedVisits.listForChild(childId), today),
                mapper.toRecordedVisitDtos(recordedVisits.listForChild(childId)));
    }

    public VisitPlanDto planOf(UUID childId) {
        Child child = visibleChild(childId, "getChildVisitPlan");
        VisitPlan plan = plans.findFor(childId, child.planType)
                .orElseThrow(() -> Problems.notFound("Visit plan of child", childId));
        LocalDate nextDue = plannedVisits.findOpen(childId).map(visit -> visit.dueDate).orElse(null);
        return mapper.toPlanDto(plan, child, nextDue, organisation);
    }

    /**
     * The statutory visits due on or before {@code until} of the children the caller may see (ACCESS-RULES "Lists"),
     * soonest first: a worktray. Each child shown is an access, and is logged.
     *
     * @param team only this team's children, or every team's the caller may see when null
     */
    public Page<DueVisitDto> dueFor(String team, LocalDate until, PageQuery page) {
        Map<UUID, ChildFacts> candidates = new HashMap<>();
        for (ChildFacts facts : access.candidates()) {
            if (team == null || team.equals(facts.team())) {
                candidates.put(facts.childId(), facts);
            }
        }
        List<DueVisitRow> rows = plannedVisits.listDue(candidates.keySet(), until, page);
        Map<UUID, AccessDecision> shown = access.listable(rows.stream().limit(page.limit())
                .map(row -> row.child().childId).distinct().map(candidates::get).toList(), "listDueVisits");
        LocalDate today = LocalDate.now(clock);
        return Pagination.filteredPage(rows, page, PlannedVisitRepository::cursorOf,
                row -> shown.containsKey(row.child().childId), shownRows -> shownRows.stream().map(row -> {
                    DueVisitDto due = dueDto(row.visit(), row.child(), today);
                    return shown.get(row.child().childId).allowed() ? due : due.withheld();
                }).toList());
    }

    private DueVisitDto dueDto(PlannedVisit visit, Child child, LocalDate today) {
        // Negative once overdue: how many working days the visit is late by.
        int workingDaysLeft = calendar.workingDaysBetween(today, visit.dueDate);
        return mapper.toDueDto(visit, child, workingDaysLeft, today, organisation);
    }

    private Child visibleChild(UUID childId, String action) {
        Child child = children.findByIdOptional(childId).orElseThrow(() -> Problems.notFound("Child", childId));
        access.require(AccessClass.RECORD_READ, childId, action);
        return child;
    }
}
