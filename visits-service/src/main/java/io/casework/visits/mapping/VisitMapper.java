package io.casework.visits.mapping;

import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Person;
import io.casework.timescales.VisitFrequency;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.PlannedVisit;
import io.casework.visits.repository.RecordedVisit;
import io.casework.visits.repository.VisitFrequencySetting;
import io.casework.visits.repository.VisitPlan;
import io.casework.visits.rest.dto.ChildFrequencyDto;
import io.casework.visits.rest.dto.DueVisitDto;
import io.casework.visits.rest.dto.FrequencyDto;
import io.casework.visits.rest.dto.RecordedVisitDto;
import io.casework.visits.rest.dto.VisitDto;
import io.casework.visits.rest.dto.VisitPlanDto;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    @Mapping(target = "dueDate", ignore = true)
    @Mapping(target = "daysLate", ignore = true)
    RecordedVisitDto recordedVisit(RecordedVisit visit);

    /** The visit with how it stood against the due date of the planned visit it completed, if any. */
    default RecordedVisitDto toRecordedVisitDto(RecordedVisit visit, Map<UUID, PlannedVisit> completed) {
        RecordedVisitDto dto = recordedVisit(visit);
        PlannedVisit planned = visit.getCompletedVisitId() == null ? null : completed.get(visit.getCompletedVisitId());
        if (planned == null) {
            return dto;
        }
        long late = Math.max(0, ChronoUnit.DAYS.between(planned.getDueDate(), visit.getVisitDate()));
        return new RecordedVisitDto(dto.noteId(), dto.visitDate(), dto.childSeen(), dto.seenAlone(), dto.statutory(),
                dto.metStatutoryVisit(), dto.completedVisitId(), dto.noteVersion(), dto.statutoryVisit(),
                dto.unborn(), dto.notSeenAloneReason(), dto.bedroomSeen(), dto.announced(), dto.startTime(),
                dto.durationMinutes(), planned.getDueDate(), (int) late);
    }

    default List<RecordedVisitDto> toRecordedVisitDtos(List<RecordedVisit> visits,
                                                       Map<UUID, PlannedVisit> completed) {
        return visits.stream().map(visit -> toRecordedVisitDto(visit, completed)).toList();
    }

    @Mapping(target = "id", source = "plan.planId")
    @Mapping(target = "childId", source = "plan.childId")
    @Mapping(target = "planType", source = "child.planType")
    @Mapping(target = "visitKind", source = "plan.visitKind")
    @Mapping(target = "basisStepId", expression = "java(plan.getBasisStepId().orElse(null))")
    @Mapping(target = "frequency", source = "frequency")
    @Mapping(target = "childFrequency", source = "setting")
    @Mapping(target = "startDate", source = "plan.startDate")
    @Mapping(target = "firstReviewOn", expression = "java(plan.getFirstReviewOn().orElse(null))")
    @Mapping(target = "team", source = "child.team")
    @Mapping(target = "allocatedWorker", source = "child.allocatedWorker")
    @Mapping(target = "nextDueDate", source = "nextDueDate")
    @Mapping(target = "lastSeenOn", source = "lastSeenOn")
    VisitPlanDto toPlanDto(VisitPlan plan, Child child, FrequencyDto frequency, VisitFrequencySetting setting,
            LocalDate nextDueDate, LocalDate lastSeenOn, @Context StoredOrganisation organisation);

    default FrequencyDto toFrequencyDto(VisitFrequency frequency) {
        if (frequency == null) {
            return null;
        }
        List<String> stages = new java.util.ArrayList<>(frequency.stages().stream().map(stage -> stage.every().amount() + " "
                + stage.every().unit() + stage.untilSinceStart().map(until -> " until " + until.amount() + " "
                        + until.unit() + " since the start").orElse(stage.untilFirstReview()
                        ? " until the first review" : "")).toList());
        frequency.first().ifPresent(first -> stages.add(0, "first within " + first.amount() + " " + first.unit()));
        return new FrequencyDto(frequency.id(), frequency.what(), frequency.source().kind().name(),
                frequency.source().citation(), stages);
    }

    default ChildFrequencyDto toChildFrequencyDto(VisitFrequencySetting setting,
                                                  @Context StoredOrganisation organisation) {
        return setting == null ? null : setting.every().map(every -> new ChildFrequencyDto(every.amount(),
                every.unit().name(), setting.getReason(), organisation.person(setting.getSetBy()),
                setting.getSetAt())).orElse(null);
    }

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
    @Mapping(target = "visitKind", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "lastSeenOn", ignore = true)
    @Mapping(target = "failedAccess", ignore = true)
    DueVisitDto toDueDto(PlannedVisit visit, Child child, int workingDaysLeft, @Context LocalDate today,
            @Context StoredOrganisation organisation);

    default Person person(String username, @Context StoredOrganisation organisation) {
        return organisation.person(username);
    }
}
