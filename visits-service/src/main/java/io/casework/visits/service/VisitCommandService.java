package io.casework.visits.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.security.Caller;
import io.casework.timescales.FrequencySource;
import io.casework.timescales.Timescale;
import io.casework.timescales.TimescaleUnit;
import io.casework.timescales.VisitFrequency;
import io.casework.timescales.WorkingDayCalendar;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.ChildRepository;
import io.casework.visits.repository.PlannedVisitRepository;
import io.casework.visits.repository.VisitAppointment;
import io.casework.visits.repository.VisitAppointmentRepository;
import io.casework.visits.repository.VisitFrequencySetting;
import io.casework.visits.repository.VisitFrequencySettingRepository;
import io.casework.visits.repository.VisitPlan;
import io.casework.visits.repository.VisitPlanRepository;
import io.casework.visits.rest.dto.AppointmentDto;
import io.casework.visits.rest.dto.ArrangeVisitRequest;
import io.casework.visits.rest.dto.SetFrequencyRequest;
import io.casework.visits.rest.dto.VisitPlanDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What people change in visits-service itself: a manager's frequency for one child, and the visits a worker arranges
 * ahead. Everything else here follows case-notes-service's record.
 */
@ApplicationScoped
public class VisitCommandService {

    @Inject
    ChildRepository children;

    @Inject
    VisitPlanRepository plans;

    @Inject
    PlannedVisitRepository plannedVisits;

    @Inject
    VisitFrequencySettingRepository settings;

    @Inject
    VisitAppointmentRepository appointments;

    @Inject
    VisitPlanningService planning;

    @Inject
    VisitDueDates dueDates;

    @Inject
    VisitQueryService queries;

    @Inject
    ChildAccess access;

    @Inject
    Caller caller;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /**
     * A manager of the child's record sets the child's own visit frequency, or hands them back to the rule set's;
     * the visit waiting is due again by it. A frequency the law or a seed sets is the longest allowed: the child's
     * own may be shorter, never longer. A local standard may be replaced either way (a CIN plan sets its own).
     */
    @Transactional
    public VisitPlanDto setFrequency(UUID childId, SetFrequencyRequest request) {
        Child child = children.findByIdOptional(childId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Child", childId));
        access.require(AccessClass.RECORD_MANAGE, childId, "setChildVisitFrequency");
        if ((request.everyAmount() == null) != (request.everyUnit() == null)) {
            throw Problems.invalidFields("A frequency is an amount and a unit, or neither", List.of(
                    FieldViolation.body(request.everyAmount() == null ? "everyAmount" : "everyUnit",
                            "must be given with the other, or both left out")));
        }
        VisitPlan plan = plans.findInForce(childId).orElseThrow(() -> Problems.conflict("no-visit-plan",
                "The child has no plan of visits in force to set a frequency for"));
        Optional<Timescale> every = Optional.ofNullable(request.everyAmount())
                .map(amount -> new Timescale(amount, TimescaleUnit.valueOf(request.everyUnit())));
        every.ifPresent(own -> notLongerThanTheLaw(own, plan));
        settings.persist(VisitFrequencySetting.set(childId, every, request.reason().strip(), caller.username(),
                clock.instant()));
        settings.flush();
        planning.frequencyChanged(child);
        // Shown as it now stands to whoever may set it: record.manage is the check (an area's managers manage
        // without a stated purpose, though they read with one).
        return queries.plan(child);
    }

    /** A worker arranges a visit ahead, announced or not, to see against the due dates. */
    @Transactional
    public AppointmentDto arrange(UUID childId, ArrangeVisitRequest request) {
        children.findByIdOptional(childId).orElseThrow(() -> Problems.notFound("Child", childId));
        access.require(AccessClass.RECORD_WRITE, childId, "arrangeVisit");
        Instant now = clock.instant();
        if (request.visitDate().isBefore(dueDates.today(now))) {
            throw Problems.invalidFields("A visit is arranged for today or later",
                    List.of(FieldViolation.body("visitDate", "must be today or later")));
        }
        VisitAppointment appointment = VisitAppointment.arrange(UUID.randomUUID(), childId, request.visitDate(),
                request.announced(), caller.username(), now);
        appointments.persist(appointment);
        return queries.appointment(appointment);
    }

    /** A replayed arrangement shows the appointment again: only to whoever may still record on the child's record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireRecordWrite(UUID childId) {
        access.require(AccessClass.RECORD_WRITE, childId, "arrangeVisit");
    }

    /** A visit arranged is cancelled; cancelling it again changes nothing. */
    @Transactional
    public AppointmentDto cancel(UUID childId, UUID appointmentId) {
        children.findByIdOptional(childId).orElseThrow(() -> Problems.notFound("Child", childId));
        access.require(AccessClass.RECORD_WRITE, childId, "cancelVisitAppointment");
        VisitAppointment appointment = appointments.findByIdOptional(appointmentId)
                .filter(found -> found.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Visit appointment", appointmentId));
        appointment.cancel(caller.username(), clock.instant());
        return queries.appointment(appointment);
    }

    private void notLongerThanTheLaw(Timescale own, VisitPlan plan) {
        Optional<VisitFrequency> rule = dueDates.ruleFrequency(plan);
        if (rule.isEmpty() || rule.get().source().kind() == FrequencySource.Kind.LOCAL_STANDARD) {
            return;
        }
        LocalDate today = dueDates.today(clock.instant());
        Timescale longest = rule.get().stageOn(today, plan.getStartDate(), plan.getFirstReviewOn(), calendar).every();
        if (own.dueFrom(today, calendar).isAfter(longest.dueFrom(today, calendar))) {
            throw Problems.badRequest("frequency-longer-than-rule", "The child's visits may be at most "
                    + longest.amount() + " " + longest.unit() + " apart now (" + rule.get().source().citation()
                    + "); a child's own frequency may be shorter, never longer");
        }
    }
}
