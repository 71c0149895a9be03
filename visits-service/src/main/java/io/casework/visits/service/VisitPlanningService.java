package io.casework.visits.service;

import io.casework.backbone.outbox.Outbox;
import io.casework.contracts.EventType;
import io.casework.contracts.PlanType;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitRecorded;
import io.casework.contracts.events.VisitScheduled;
import io.casework.timescales.WorkingDayCalendar;
import io.casework.visits.config.VisitsConfig;
import io.casework.visits.domain.StatutoryVisitRule;
import io.casework.visits.domain.VisitCompliance;
import io.casework.visits.domain.VisitIds;
import io.casework.visits.domain.VisitSchedule;
import io.casework.visits.domain.VisitState;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.ChildRepository;
import io.casework.visits.repository.PlannedVisit;
import io.casework.visits.repository.PlannedVisitRepository;
import io.casework.visits.repository.RecordedVisit;
import io.casework.visits.repository.RecordedVisitRepository;
import io.casework.visits.repository.VisitPlan;
import io.casework.visits.repository.VisitPlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Plans statutory visits from what case-notes-service announces. Each change and the event announcing it are written
 * in one transaction (the inbox's, when called from the consumer), through the outbox.
 */
@ApplicationScoped
public class VisitPlanningService {

    private static final Logger LOG = Logger.getLogger(VisitPlanningService.class);

    @Inject
    ChildRepository children;

    @Inject
    VisitPlanRepository plans;

    @Inject
    PlannedVisitRepository plannedVisits;

    @Inject
    RecordedVisitRepository recordedVisits;

    @Inject
    Outbox outbox;

    @Inject
    VisitsConfig config;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** The case moved to another worker or team: the visits read model shows who holds it now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childAllocated(ChildAllocated allocated) {
        children.findByIdOptional(allocated.childId()).ifPresent(child -> {
            child.team = allocated.team();
            child.allocatedWorker = allocated.allocatedWorker();
            child.updatedAt = clock.instant();
        });
    }

    /**
     * Keeps the child's details and, when the child has no statutory visit waiting, plans the first one: due
     * {@code frequency} working days after the plan's start date.
     */
    // Applied from an event, in the transaction that records it as processed.
    @Transactional(Transactional.TxType.MANDATORY)
    public void childRegistered(ChildRegistered registered) {
        Instant now = clock.instant();
        Child child = children.findByIdOptional(registered.childId()).orElseGet(() -> {
            Child created = new Child();
            created.childId = registered.childId();
            created.registeredAt = now;
            return created;
        });
        child.displayName = registered.displayName();
        child.authority = registered.authority();
        child.team = registered.team();
        child.allocatedWorker = registered.allocatedWorker();
        child.planType = PlanType.valueOf(registered.planType());
        child.planStartDate = registered.planStartDate();
        child.updatedAt = now;
        children.persist(child);

        if (!StatutoryVisitRule.hasStatutoryVisits(child.planType)) {
            LOG.debugf("Child %s is on a %s plan: no statutory visit schedule", child.childId, child.planType);
            return;
        }
        VisitPlan plan = planFor(child);
        if (plannedVisits.findOpenForUpdate(child.childId).isPresent()) {
            // Registered again (a replayed topic, a corrected registration): the visit already waiting stands.
            LOG.debugf("Child %s already has a statutory visit planned; registration updates details only",
                    child.childId);
            return;
        }
        planNext(child, plan, VisitIds.firstVisit(plan.planId), plan.startDate, now);
    }

    /**
     * Keeps every recorded visit. One that meets the statutory visit completes the visit waiting and plans the next,
     * due {@code frequency} working days after the day of the visit.
     *
     * @throws UnknownChildException when the child was never registered here
     */
    // Applied from an event, in the transaction that records it as processed.
    @Transactional(Transactional.TxType.MANDATORY)
    public void visitRecorded(VisitRecorded recorded) {
        Child child = children.findByIdOptional(recorded.childId())
                .orElseThrow(() -> new UnknownChildException(EventType.VISIT_RECORDED.type(), recorded.childId()));
        if (recordedVisits.findByIdOptional(recorded.noteId()).isPresent()) {
            // The same case note announced again under a new event id: one note is one visit.
            LOG.infof("Visit on note %s was already recorded; ignoring it", recorded.noteId());
            return;
        }
        Instant now = clock.instant();
        RecordedVisit visit = new RecordedVisit();
        visit.noteId = recorded.noteId();
        visit.childId = child.childId;
        visit.visitDate = recorded.visitDate();
        visit.childSeen = recorded.childSeen();
        visit.statutory = recorded.statutory();
        visit.metStatutoryVisit = StatutoryVisitRule.meetsStatutoryVisit(recorded.childSeen(), recorded.statutory());
        visit.recordedAt = now;
        recordedVisits.persist(visit);
        if (!visit.metStatutoryVisit || !StatutoryVisitRule.hasStatutoryVisits(child.planType)) {
            return;
        }
        if (!StatutoryVisitRule.movesSchedule(recorded.visitDate(), plannedVisits.lastCompletedVisitDate(child.childId))) {
            LOG.infof("Visit of %s on note %s is not later than the last counted visit; kept, schedule unchanged",
                    recorded.visitDate(), recorded.noteId());
            return;
        }

        VisitPlan plan = planFor(child);
        Optional<PlannedVisit> waiting = plannedVisits.findOpenForUpdate(child.childId);
        waiting.ifPresent(planned -> {
            complete(planned, recorded.noteId(), recorded.visitDate(), now);
            visit.completedVisitId = planned.visitId;
        });
        planNext(child, plan, VisitIds.visitAfter(recorded.noteId()), recorded.visitDate(), now);
    }

    private void complete(PlannedVisit planned, UUID noteId, LocalDate visitDate, Instant now) {
        planned.state = VisitState.COMPLETED;
        planned.noteId = noteId;
        planned.visitDate = visitDate;
        planned.onTime = VisitCompliance.onTime(visitDate, planned.dueDate);
        planned.completedAt = now;
        // Flushed before the next visit is planned: only one visit per child may be PLANNED at a time.
        plannedVisits.flush();
        outbox.publish(planned.childId.toString(), new VisitCompleted(planned.visitId, planned.childId, noteId,
                visitDate, planned.dueDate, planned.onTime));
    }

    private void planNext(Child child, VisitPlan plan, UUID visitId, LocalDate from, Instant now) {
        PlannedVisit next = new PlannedVisit();
        next.visitId = visitId;
        next.childId = child.childId;
        next.planId = plan.planId;
        next.frequencyWorkingDays = plan.frequencyWorkingDays;
        next.dueDate = VisitSchedule.nextDue(from, plan.frequencyWorkingDays, calendar);
        next.state = VisitState.PLANNED;
        next.plannedAt = now;
        plannedVisits.persist(next);
        outbox.publish(child.childId.toString(), new VisitScheduled(next.visitId, child.childId, child.team,
                child.allocatedWorker, child.planType.name(), next.dueDate, next.frequencyWorkingDays));
    }

    /** The child's plan for their current plan type, made with the configured frequency the first time. */
    private VisitPlan planFor(Child child) {
        return plans.findFor(child.childId, child.planType).orElseGet(() -> {
            VisitPlan plan = new VisitPlan();
            plan.planId = VisitIds.plan(child.childId, child.planType);
            plan.childId = child.childId;
            plan.planType = child.planType;
            plan.frequencyWorkingDays = config.frequencyFor(child.planType);
            plan.startDate = child.planStartDate;
            plan.createdAt = clock.instant();
            plans.persist(plan);
            return plan;
        });
    }
}
