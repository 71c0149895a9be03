package io.casework.visits.service;

import io.casework.backbone.outbox.Outbox;
import io.casework.contracts.EventType;
import io.casework.contracts.PlanType;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildBorn;
import io.casework.contracts.events.ChildDetailsChanged;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitRecorded;
import io.casework.contracts.events.VisitReopened;
import io.casework.contracts.events.VisitScheduled;
import io.casework.contracts.events.VisitWithdrawn;
import io.casework.timescales.WorkingDayCalendar;
import io.casework.visits.config.VisitsConfig;
import io.casework.visits.domain.ChildNames;
import io.casework.visits.domain.StatutoryVisitRule;
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

    static final String WITHDRAWN_BECAUSE =
            "the statutory visit that completed the visit before it no longer counts";

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
        children.findByIdOptional(allocated.childId()).ifPresent(child ->
                child.allocate(allocated.team(), allocated.allocatedWorker(), clock.instant()));
    }

    /** The child's names were corrected on the record: the worktray shows them as they now are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childDetailsChanged(ChildDetailsChanged changed) {
        known(EventType.CHILD_DETAILS_CHANGED, changed.childId()).rename(new ChildNames(changed.givenName(),
                changed.familyName()), changed.version(), clock.instant());
    }

    /** An unborn child was born, and may have been given its names. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childBorn(ChildBorn born) {
        known(EventType.CHILD_BORN, born.childId()).rename(new ChildNames(born.givenName(), born.familyName()),
                born.version(), clock.instant());
    }

    /**
     * Keeps the child's details and, when the child has no statutory visit waiting, plans the first one: due
     * {@code frequency} working days after the plan's start date.
     */
    // Applied from an event, in the transaction that records it as processed.
    @Transactional(Transactional.TxType.MANDATORY)
    public void childRegistered(ChildRegistered registered) {
        Instant now = clock.instant();
        PlanType planType = PlanType.valueOf(registered.planType());
        Optional<Child> known = children.findByIdOptional(registered.childId());
        ChildNames names = ChildNames.of(registered.givenName(), registered.familyName(), registered.displayName());
        known.ifPresent(child -> child.reregister(names, registered.authority(),
                registered.team(), registered.allocatedWorker(), planType, registered.planStartDate(), now));
        Child child = known.orElseGet(() -> {
            Child created = Child.register(registered.childId(), names, registered.authority(),
                    registered.team(), registered.allocatedWorker(), planType, registered.planStartDate(), now);
            children.persist(created);
            return created;
        });

        if (!StatutoryVisitRule.hasStatutoryVisits(child.getPlanType())) {
            LOG.debugf("Child %s is on a %s plan: no statutory visit schedule", child.getChildId(),
                    child.getPlanType());
            return;
        }
        VisitPlan plan = planFor(child, now);
        if (plannedVisits.findOpenForUpdate(child.getChildId()).isPresent()) {
            // Registered again (a replayed topic, a corrected registration): the visit already waiting stands.
            LOG.debugf("Child %s already has a statutory visit planned; registration updates details only",
                    child.getChildId());
            return;
        }
        planNext(child, plan, VisitIds.firstVisit(plan.getPlanId()), plan.getStartDate(), now);
    }

    /**
     * Keeps every recorded visit. One that meets the statutory visit completes the visit waiting and plans the next,
     * due {@code frequency} working days after the day of the visit. The same note announced again at a later version
     * (resubmitted after a return) replaces what its earlier version said; an earlier or the same version changes
     * nothing.
     *
     * @throws UnknownChildException when the child was never registered here
     */
    // Applied from an event, in the transaction that records it as processed.
    @Transactional(Transactional.TxType.MANDATORY)
    public void visitRecorded(VisitRecorded recorded) {
        Child child = known(EventType.VISIT_RECORDED, recorded.childId());
        Optional<RecordedVisit> known = recordedVisits.findByIdOptional(recorded.noteId());
        Instant now = clock.instant();
        if (known.isPresent()) {
            if (!known.get().olderThan(recorded.noteVersion())) {
                // The same version announced again under a new event id, or an earlier one arriving late.
                LOG.infof("Visit on note %s is already recorded at version %d; version %d changes nothing",
                        recorded.noteId(), known.get().getNoteVersion(), recorded.noteVersion());
                return;
            }
            revised(child, known.get(), recorded, now);
            return;
        }
        RecordedVisit visit = RecordedVisit.record(recorded.noteId(), child.getChildId(), recorded.noteVersion(),
                recorded.visitDate(), recorded.childSeen(), recorded.seenAlone(), recorded.statutory(), now);
        recordedVisits.persist(visit);
        counted(child, visit, now);
    }

    /** A statutory visit newly recorded, or newly counting, completes the visit waiting and plans the next. */
    private void counted(Child child, RecordedVisit visit, Instant now) {
        if (!visit.isMetStatutoryVisit() || !StatutoryVisitRule.hasStatutoryVisits(child.getPlanType())) {
            return;
        }
        if (!StatutoryVisitRule.movesSchedule(visit.getVisitDate(),
                plannedVisits.lastCompletedVisitDate(child.getChildId()))) {
            LOG.infof("Visit of %s on note %s is not later than the last counted visit; kept, schedule unchanged",
                    visit.getVisitDate(), visit.getNoteId());
            return;
        }
        VisitPlan plan = planFor(child, now);
        plannedVisits.findOpenForUpdate(child.getChildId()).ifPresent(planned -> complete(planned, visit, now));
        planNext(child, plan, VisitIds.visitAfter(visit.getNoteId()), visit.getVisitDate(), now);
    }

    /**
     * A later version of a visit's note: the visit's facts are replaced. If it had completed a planned visit and the
     * visit planned after it is still waiting (nothing has happened since), the schedule follows: a visit that no
     * longer counts reopens the one it completed and withdraws the next; one on another day completes it on that day
     * and moves the next. Once a later visit has counted, the schedule it made stands.
     */
    private void revised(Child child, RecordedVisit visit, VisitRecorded recorded, Instant now) {
        boolean counted = visit.isMetStatutoryVisit();
        UUID completedId = visit.getCompletedVisitId();
        LocalDate before = visit.getVisitDate();
        visit.revise(recorded.noteVersion(), recorded.visitDate(), recorded.childSeen(), recorded.seenAlone(),
                recorded.statutory());
        if (!counted) {
            counted(child, visit, now);
            return;
        }
        if (completedId == null) {
            return;
        }
        Optional<PlannedVisit> next = plannedVisits.findByIdOptional(VisitIds.visitAfter(visit.getNoteId()))
                .filter(planned -> planned.getState() == VisitState.PLANNED);
        if (next.isEmpty()) {
            LOG.infof("Visit on note %s changed at version %d after a later visit counted; schedule unchanged",
                    visit.getNoteId(), visit.getNoteVersion());
            return;
        }
        PlannedVisit completed = plannedVisits.findById(completedId);
        if (!visit.isMetStatutoryVisit()) {
            next.get().withdraw();
            outbox.publish(child.getChildId().toString(), new VisitWithdrawn(next.get().getVisitId(),
                    child.getChildId(), WITHDRAWN_BECAUSE, now));
            // Flushed before the visit is planned again: only one visit per child may be PLANNED at a time.
            plannedVisits.flush();
            completed.reopen(visit);
            // Announced as reopened, not scheduled: deadlines must tell a met visit waiting again from a
            // schedule it already holds.
            outbox.publish(child.getChildId().toString(), new VisitReopened(completed.getVisitId(),
                    child.getChildId(), completed.getDueDate(), now));
        } else if (!before.equals(visit.getVisitDate())) {
            completed.recomplete(visit);
            next.get().reschedule(VisitSchedule.nextDue(visit.getVisitDate(),
                    next.get().getFrequencyWorkingDays(), calendar));
            outbox.publish(child.getChildId().toString(), new VisitCompleted(completed.getVisitId(),
                    completed.getChildId(), completed.getNoteId(), completed.getVisitDate(), completed.getDueDate(),
                    completed.getOnTime()));
            announceScheduled(child, next.get());
        }
    }

    private void complete(PlannedVisit planned, RecordedVisit by, Instant now) {
        planned.complete(by, now);
        // Flushed before the next visit is planned: only one visit per child may be PLANNED at a time.
        plannedVisits.flush();
        outbox.publish(planned.getChildId().toString(), new VisitCompleted(planned.getVisitId(),
                planned.getChildId(), planned.getNoteId(), planned.getVisitDate(), planned.getDueDate(),
                planned.getOnTime()));
    }

    private void planNext(Child child, VisitPlan plan, UUID visitId, LocalDate from, Instant now) {
        LocalDate due = VisitSchedule.nextDue(from, plan.getFrequencyWorkingDays(), calendar);
        Optional<PlannedVisit> withdrawn = plannedVisits.findByIdOptional(visitId)
                .filter(planned -> planned.getState() == VisitState.WITHDRAWN);
        // A visit that stopped counting and counts again plans, under the same id, the visit it had planned.
        PlannedVisit next = withdrawn.orElseGet(() -> PlannedVisit.schedule(visitId, plan, due, now));
        if (withdrawn.isPresent()) {
            next.restore(due);
        } else {
            plannedVisits.persist(next);
        }
        announceScheduled(child, next);
    }

    private void announceScheduled(Child child, PlannedVisit visit) {
        outbox.publish(child.getChildId().toString(), new VisitScheduled(visit.getVisitId(), child.getChildId(),
                child.getTeam(), child.getAllocatedWorker(), child.getPlanType().name(), visit.getDueDate(),
                visit.getFrequencyWorkingDays()));
    }

    /** The child's plan for their current plan type, made with the configured frequency the first time. */
    private VisitPlan planFor(Child child, Instant now) {
        return plans.findFor(child.getChildId(), child.getPlanType()).orElseGet(() -> {
            VisitPlan plan = VisitPlan.start(child.getChildId(), child.getPlanType(),
                    config.frequencyFor(child.getPlanType()), child.getPlanStartDate(), now);
            plans.persist(plan);
            return plan;
        });
    }

    // Every announcement about a child follows its registration on the child's partition: one about a child never
    // registered here is a defect of the record, not a delay.
    private Child known(EventType type, UUID childId) {
        return children.findByIdOptional(childId).orElseThrow(() -> new UnknownChildException(type.type(), childId));
    }
}
