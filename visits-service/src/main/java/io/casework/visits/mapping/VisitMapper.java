package io.casework.visits.mapping;

import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Person;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.PlannedVisit;
import io.casework.visits.repository.RecordedVisit;
import io.casework.visits.repository.VisitPlan;
import io.casework.visits.rest.dto.DueVisitDto;
import io.casework.visits.rest.dto.RecordedVisitDto;
import io.casework.visits.rest.dto.VisitDto;
import io.casework.visits.rest.dto.VisitPlanDto;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.LocalDate;
import java.util.List;

/**
 * Entities to the DTOs on the wire, read through the entities' accessors; "overdue" is always worked out for a given
 * day, never stored. The allocated worker, known here by username, goes out as the person the organisation read
 * model names.
 */
@Mapper
public interface VisitMapper {

    @Mapping(target = "id", source = "visitId")
    @Mapping(target = "overdue", expression = "java(visit.isOverdueOn(today))")
    VisitDto toVisitDto(PlannedVisit visit, @Context LocalDate today);

    List<VisitDto> toVisitDtos(List<PlannedVisit> visits, @Context LocalDate today);

    RecordedVisitDto toRecordedVisitDto(RecordedVisit visit);

    List<RecordedVisitDto> toRecordedVisitDtos(List<RecordedVisit> visits);

    @Mapping(target = "id", source = "plan.planId")
    @Mapping(target = "childId", source = "plan.childId")
    @Mapping(target = "planType", source = "plan.planType")
    @Mapping(target = "frequencyWorkingDays", source = "plan.frequencyWorkingDays")
    @Mapping(target = "startDate", source = "plan.startDate")
    @Mapping(target = "team", source = "child.team")
    @Mapping(target = "allocatedWorker", source = "child.allocatedWorker")
    @Mapping(target = "nextDueDate", source = "nextDueDate")
    @Mapping(target = "lastSeenOn", source = "lastSeenOn")
    VisitPlanDto toPlanDto(VisitPlan plan, Child child, LocalDate nextDueDate, LocalDate lastSeenOn,
            @Context StoredOrganisation organisation);

    @Mapping(target = "id", source = "visit.visitId")
    @Mapping(target = "childId", source = "child.childId")
    @Mapping(target = "givenName", source = "child.givenName")
    @Mapping(target = "familyName", source = "child.familyName")
    @Mapping(target = "allocatedWorker", source = "child.allocatedWorker")
    @Mapping(target = "planType", source = "child.planType")
    @Mapping(target = "dueDate", source = "visit.dueDate")
    @Mapping(target = "overdue", expression = "java(visit.isOverdueOn(today))")
    @Mapping(target = "workingDaysLeft", source = "workingDaysLeft")
    @Mapping(target = "detailsWithheld", constant = "false")
    DueVisitDto toDueDto(PlannedVisit visit, Child child, int workingDaysLeft, @Context LocalDate today,
            @Context StoredOrganisation organisation);

    default Person person(String username, @Context StoredOrganisation organisation) {
        return organisation.person(username);
    }
}
