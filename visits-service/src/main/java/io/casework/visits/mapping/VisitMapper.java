package io.casework.visits.mapping;

import io.casework.visits.domain.VisitCompliance;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.PlannedVisit;
import io.casework.visits.repository.RecordedVisit;
import io.casework.visits.repository.VisitPlan;
import io.casework.visits.rest.dto.DueVisitView;
import io.casework.visits.rest.dto.RecordedVisitView;
import io.casework.visits.rest.dto.VisitPlanView;
import io.casework.visits.rest.dto.VisitView;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.LocalDate;
import java.util.List;

/** Entities to the DTOs on the wire; "overdue" is always worked out for a given day, never stored. */
@Mapper(imports = VisitCompliance.class)
public interface VisitMapper {

    @Mapping(target = "overdue", expression = "java(VisitCompliance.overdue(visit.state, visit.dueDate, today))")
    VisitView toVisitView(PlannedVisit visit, @Context LocalDate today);

    List<VisitView> toVisitViews(List<PlannedVisit> visits, @Context LocalDate today);

    RecordedVisitView toRecordedVisitView(RecordedVisit visit);

    List<RecordedVisitView> toRecordedVisitViews(List<RecordedVisit> visits);

    @Mapping(target = "planId", source = "plan.planId")
    @Mapping(target = "childId", source = "plan.childId")
    @Mapping(target = "planType", source = "plan.planType")
    @Mapping(target = "frequencyWorkingDays", source = "plan.frequencyWorkingDays")
    @Mapping(target = "startDate", source = "plan.startDate")
    @Mapping(target = "team", source = "child.team")
    @Mapping(target = "allocatedWorker", source = "child.allocatedWorker")
    @Mapping(target = "nextDueDate", source = "nextDueDate")
    VisitPlanView toPlanView(VisitPlan plan, Child child, LocalDate nextDueDate);

    @Mapping(target = "visitId", source = "visit.visitId")
    @Mapping(target = "childId", source = "child.childId")
    @Mapping(target = "displayName", source = "child.displayName")
    @Mapping(target = "allocatedWorker", source = "child.allocatedWorker")
    @Mapping(target = "planType", source = "child.planType")
    @Mapping(target = "dueDate", source = "visit.dueDate")
    @Mapping(target = "overdue", expression = "java(VisitCompliance.overdue(visit.state, visit.dueDate, today))")
    @Mapping(target = "workingDaysLeft", source = "workingDaysLeft")
    @Mapping(target = "detailsWithheld", constant = "false")
    DueVisitView toDueView(PlannedVisit visit, Child child, int workingDaysLeft, @Context LocalDate today);
}
