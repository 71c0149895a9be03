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
import io.casework.visits.rest.dto.DueVisitDto;
import io.casework.visits.rest.dto.RecordedVisitDto;
import io.casework.visits.rest.dto.VisitDto;
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

/** What staff read about visits, of the children the access policy lets the caller see (see {@link ChildAccess}). */
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

    /** The child's statutory visits, planned and completed, by due date: one page. */
    public Page<VisitDto> visitsOf(UUID childId, PageQuery page) {
        visibleChild(childId, "getChildVisits");
        LocalDate today = LocalDate.now(clock);
        return Pagination.page(plannedVisits.forChild(childId, page), page, PlannedVisitRepository::cursorOf,
                rows -> mapper.toVisitDtos(rows, today));
    }

    /** Every visit recorded on the child's case notes, by the day of the visit: one page. */
    public Page<RecordedVisitDto> recordedVisitsOf(UUID childId, PageQuery page) {
        visibleChild(childId, "listChildRecordedVisits");
        return Pagination.page(recordedVisits.forChild(childId, page), page, RecordedVisitRepository::cursorOf,
                mapper::toRecordedVisitDtos);
    }

    public VisitPlanDto planOf(UUID childId) {
        Child child = visibleChild(childId, "getChildVisitPlan");
        VisitPlan plan = plans.findFor(childId, child.getPlanType())
                .orElseThrow(() -> Problems.notFound("Visit plan of child", childId));
        LocalDate nextDue = plannedVisits.findOpen(childId).map(PlannedVisit::getDueDate).orElse(null);
        return mapper.toPlanDto(plan, child, nextDue, recordedVisits.lastSeenOn(childId).orElse(null), organisation);
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
                .map(row -> row.child().getChildId()).distinct().map(candidates::get).toList(), "listDueVisits");
        LocalDate today = LocalDate.now(clock);
        return Pagination.filteredPage(rows, page, PlannedVisitRepository::cursorOf,
                row -> shown.containsKey(row.child().getChildId()), shownRows -> shownRows.stream().map(row -> {
                    DueVisitDto due = dueDto(row.visit(), row.child(), today);
                    return shown.get(row.child().getChildId()).allowed() ? due : due.withheld();
                }).toList());
    }

    private DueVisitDto dueDto(PlannedVisit visit, Child child, LocalDate today) {
        // Negative once overdue: how many working days the visit is late by.
        int workingDaysLeft = calendar.workingDaysBetween(today, visit.getDueDate());
        return mapper.toDueDto(visit, child, workingDaysLeft, today, organisation);
    }

    private Child visibleChild(UUID childId, String action) {
        Child child = children.findByIdOptional(childId).orElseThrow(() -> Problems.notFound("Child", childId));
        access.require(AccessClass.RECORD_READ, childId, action);
        return child;
    }
}
