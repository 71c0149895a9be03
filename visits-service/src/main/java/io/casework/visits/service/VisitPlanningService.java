package io.casework.visits.service;

import io.casework.backbone.outbox.Outbox;
import io.casework.contracts.EventType;
import io.casework.contracts.PathwayStepKind;
import io.casework.contracts.PlanType;
import io.casework.contracts.VisitKind;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildBorn;
import io.casework.contracts.events.ChildDetailsChanged;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitRecorded;
import io.casework.contracts.events.VisitReopened;
import io.casework.contracts.events.VisitScheduled;
import io.casework.contracts.events.VisitWithdrawn;
import io.casework.timescales.VisitFrequency;
import io.casework.visits.domain.ChildNames;
import io.casework.visits.domain.StatutoryVisitRule;
import io.casework.visits.domain.VisitBasis;
import io.casework.visits.domain.VisitFacts;
import io.casework.visits.domain.VisitIds;
import io.casework.visits.domain.VisitState;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.ChildRepository;
import io.casework.visits.repository.PlannedVisit.Due;
import io.casework.visits.repository.PlannedVisit;
import io.casework.visits.repository.PlannedVisitRepository;
import io.casework.visits.repository.RecordedVisit;
import io.casework.visits.repository.RecordedVisitRepository;
import io.casework.visits.repository.RecordedVisitVersion.Effect;
import io.casework.visits.repository.RecordedVisitVersion;
import io.casework.visits.repository.RecordedVisitVersionRepository;
import io.casework.visits.repository.VisitPlan;
import io.casework.visits.repository.VisitPlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plans a child's visits from what case-notes-service announces: the plan type they were registered on, then the
 * pathway steps that are a basis of visits (a placement, a CP or CIN plan, a private fostering arrangement, a care
 * leaver's eligibility), each at the frequency the authority's rule set gives for the child's circumstances; and the
 * visits recorded on notes, by each version's facts. Each change and the event announcing it are written in one
 * transaction (the inbox's, when called from the consumer), through the outbox.
 */
@ApplicationScoped
public class VisitPlanningService {

    private static final Logger LOG = Logger.getLogger(VisitPlanningService.class);

    static final String WITHDRAWN_BECAUSE =
            "the statutory visit that completed the visit before it no longer counts";
    static final String REPLACED_BECAUSE = "a new basis of visits began: ";
    static final String ENDED_BECAUSE = "the visits' basis ended: ";

    @Inject
    ChildRepository children;

    @Inject
    VisitPlanRepository plans;

    @Inject
    PlannedVisitRepository plannedVisits;

    @Inject
    RecordedVisitRepository recordedVisits;

    @Inject
    RecordedVisitVersionRepository versions;

    @Inject
    VisitDueDates dueDates;

    @Inject
    FailedAccessService failedAccess;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The case moved to another worker or team: the visits read model shows who holds it now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childAllocated(ChildAllocated allocated) {
        children.findByIdOptional(allocated.childId()).ifPresent(child ->
                child.allocate(allocated.team(), allocated.allocatedWorker(), clock.instant()));
    }

    /** The child's names or date of birth were corrected on the record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childDetailsChanged(ChildDetailsChanged changed) {
        Child child = known(EventType.CHILD_DETAILS_CHANGED, changed.childId());
        child.rename(new ChildNames(changed.givenName(), changed.familyName()), changed.version(), clock.instant());
        child.born(changed.dateOfBirth(), clock.instant());
    }

    /** An unborn child was born, and may have been given its names. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childBorn(ChildBorn born) {
        Child child = known(EventType.CHILD_BORN, born.childId());
        child.rename(new ChildNames(born.givenName(), born.familyName()), born.version(), clock.instant());
        child.born(born.dateOfBirth(), clock.instant());
    }

    /**
     * Keeps the child's details and, when the child has no plan of visits yet, begins one for the plan type they are
     * registered on, from the plan's start date. A pathway step later gives the visits their own basis.
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
        child.born(registered.dateOfBirth(), now);

        Optional<VisitKind> kind = StatutoryVisitRule.kindFor(planType);
        if (kind.isEmpty()) {
            LOG.debugf("Child %s is on a %s plan: no visits", child.getChildId(), planType);
            return;
        }
        UUID planId = VisitIds.plan(child.getChildId(), planType);
        if (plans.findInForce(child.getChildId()).isPresent() || plans.findByIdOptional(planId).isPresent()) {
            // Registered again (a replayed topic, a corrected registration): the plan in force stands, and a
            // registration's plan that a pathway step replaced or ended does not begin again.
            LOG.debugf("Child %s already has a plan of visits; registration updates details only", child.getChildId());
            return;
        }
        begin(child, planId, planType, null,
                new VisitBasis(kind.get(), registered.planStartDate(), Map.of()), now);
    }

    /**
     * A pathway step started. A looked-after episode gives the child's legal status; a step that is a basis of visits
     * ends the plan in force (its waiting visit is withdrawn: a new placement restarts the cycle, reg 28) and begins
     * its own, unless it is the plan the child was registered on under another name (same kind, start and
     * frequency), which it adopts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pathwayStepStarted(PathwayStepStarted step) {
        Instant now = clock.instant();
        Child child = known(EventType.PATHWAY_STEP_STARTED, step.childId());
        if (PathwayStepKind.LOOKED_AFTER_EPISODE.name().equals(step.kind())) {
            Object status = step.details() == null ? null : step.details().get("legalStatus");
            child.lookedAfterUnder(status == null ? null : status.toString(), now);
            return;
        }
        Optional<VisitBasis> basis = VisitBasis.of(step, child.getLegalStatus());
        if (basis.isEmpty() || plans.findByBasisStep(step.stepId()).isPresent()) {
            return;
        }
        Optional<VisitPlan> current = plans.findInForce(child.getChildId());
        Optional<VisitFrequency> frequency = dueDates.frequencyFor(basis.get().kind(), basis.get().facts());
        if (current.isPresent() && current.get().getBasisStepId().isEmpty()
                && current.get().getVisitKind() == basis.get().kind()
                && current.get().getStartDate().equals(basis.get().startDate())
                && frequency.map(VisitFrequency::id).filter(current.get().getFrequencyRule()::equals).isPresent()) {
            current.get().adopt(step.stepId());
            return;
        }
        current.ifPresent(plan -> end(plan, basis.get().startDate(), REPLACED_BECAUSE + step.kind(), now));
        begin(child, VisitIds.planOfStep(step.stepId()), null, step.stepId(), basis.get(), now);
    }

    /** The first looked-after review was held: reg 28's weekly stages end with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pathwayStepHeld(PathwayStepHeld held) {
        if (!PathwayStepKind.LOOKED_AFTER_REVIEW.name().equals(held.kind()) || held.heldAt() == null) {
            return;
        }
        LocalDate on = dueDates.today(held.heldAt());
        plans.findInForce(held.childId()).filter(plan -> plan.getVisitKind() == VisitKind.CLA)
                .ifPresent(plan -> plan.firstReviewHeld(on));
    }

    /** A step ended: a looked-after episode's legal status no longer applies; a basis of visits stops them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pathwayStepEnded(PathwayStepEnded ended) {
        Instant now = clock.instant();
        if (PathwayStepKind.LOOKED_AFTER_EPISODE.name().equals(ended.kind())) {
            children.findByIdOptional(ended.childId()).ifPresent(child -> child.lookedAfterUnder(null, now));
            return;
        }
        plans.findByBasisStep(ended.stepId()).filter(VisitPlan::inForce).ifPresent(plan -> {
            end(plan, ended.endDate(), ENDED_BECAUSE + ended.kind(), now);
            failedAccess.visitsStopped(plan.getChildId(), ended.endDate());
        });
    }

    /**
     * Keeps every recorded visit with its compliance facts. One that meets the statutory visit completes the visit
     * waiting and plans the next from the day of the visit. The same note announced again at a later version
     * (resubmitted after a return) replaces what its earlier version said, and the schedule follows; an earlier or
     * the same version changes nothing. Every version applied is kept with what it did.
     *
     * @throws UnknownChildException when the child was never registered here
     */
    // Applied from an event, in the transaction that records it as processed.
    @Transactional(Transactional.TxType.MANDATORY)
    public void visitRecorded(VisitRecorded recorded) {
        Child child = known(EventType.VISIT_RECORDED, recorded.childId());
        Optional<RecordedVisit> applied = apply(child, recorded.noteId(), VisitFacts.of(recorded));
        applied.ifPresent(visit -> failedAccess.visitRecorded(child, visit));
    }

    /**
     * Applies one version of a visit's facts; empty when that version (or a later one) was applied already. Used for
     * visit notes and, with the contact's facts, for a care leaver's keep-in-touch contacts.
     */
    Optional<RecordedVisit> apply(Child child, UUID noteId, VisitFacts facts) {
        Optional<RecordedVisit> known = recordedVisits.findByIdOptional(noteId);
        Instant now = clock.instant();
        if (known.isPresent()) {
            if (!known.get().olderThan(facts.noteVersion())) {
                // The same version announced again under a new event id, or an earlier one arriving late.
                LOG.infof("Visit on note %s is already recorded at version %d; version %d changes nothing",
                        noteId, known.get().getNoteVersion(), facts.noteVersion());
                return Optional.empty();
            }
            Effect effect = revised(child, known.get(), facts, now);
            versions.persist(RecordedVisitVersion.of(known.get(), effect, now));
            return known;
        }
        RecordedVisit visit = RecordedVisit.record(noteId, child.getChildId(), facts, now);
        recordedVisits.persist(visit);
        Effect effect = counted(child, visit, now);
        versions.persist(RecordedVisitVersion.of(visit, effect, now));
        return Optional.of(visit);
    }

    /** A statutory visit newly recorded, or newly counting, completes the visit waiting and plans the next. */
    private Effect counted(Child child, RecordedVisit visit, Instant now) {
        if (!visit.isMetStatutoryVisit()) {
            return Effect.NOT_COUNTED;
        }
        Optional<VisitPlan> plan = plans.findInForce(child.getChildId());
        if (plan.isEmpty() || visit.getVisitDate().isBefore(plan.get().getStartDate())
                || keepInTouch(visit) != (plan.get().getVisitKind() == VisitKind.CARE_LEAVER_KIT)) {
            // Before the plan in force began (a new placement restarts the cycle), or a contact of another kind
            // than the plan's (a care leaver's KIT contact is not a statutory visit, nor the reverse): kept,
            // schedule unchanged.
            return Effect.UNCHANGED;
        }
        if (!StatutoryVisitRule.movesSchedule(visit.getVisitDate(),
                plannedVisits.lastCompletedVisitDate(child.getChildId()))) {
            LOG.infof("Visit of %s on note %s is not later than the last counted visit; kept, schedule unchanged",
                    visit.getVisitDate(), visit.getNoteId());
            return Effect.UNCHANGED;
        }
        plannedVisits.findOpenForUpdate(child.getChildId()).ifPresent(planned -> complete(planned, visit, now));
        planNext(child, plan.get(), VisitIds.visitAfter(visit.getNoteId()),
                dueDates.next(plan.get(), Optional.of(visit.getVisitDate())), now);
        return Effect.COMPLETED;
    }

    /**
     * A later version of a visit's note: the visit's facts are replaced. If it had completed a planned visit and the
     * visit planned after it is still waiting (nothing has happened since), the schedule follows: a visit that no
     * longer counts reopens the one it completed and withdraws the next; one on another day completes it on that day
     * and moves the next. Once a later visit has counted, the schedule it made stands.
     */
    private Effect revised(Child child, RecordedVisit visit, VisitFacts facts, Instant now) {
        boolean counted = visit.isMetStatutoryVisit();
        UUID completedId = visit.getCompletedVisitId();
        LocalDate before = visit.getVisitDate();
        visit.revise(facts);
        if (!counted) {
            return counted(child, visit, now);
        }
        if (completedId == null) {
            return visit.isMetStatutoryVisit() ? Effect.UNCHANGED : Effect.NOT_COUNTED;
        }
        Optional<PlannedVisit> next = plannedVisits.findByIdOptional(VisitIds.visitAfter(visit.getNoteId()))
                .filter(planned -> planned.getState() == VisitState.PLANNED);
        if (next.isEmpty()) {
            LOG.infof("Visit on note %s changed at version %d after a later visit counted; schedule unchanged",
                    visit.getNoteId(), visit.getNoteVersion());
            return Effect.LATER_VISIT_COUNTED;
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
            return Effect.REOPENED;
        }
        if (before.equals(visit.getVisitDate())) {
            return Effect.UNCHANGED;
        }
        completed.recomplete(visit);
        VisitPlan plan = plans.findById(next.get().getPlanId());
        next.get().reschedule(dueDates.next(plan, Optional.of(visit.getVisitDate())));
        outbox.publish(child.getChildId().toString(), new VisitCompleted(completed.getVisitId(),
                completed.getChildId(), completed.getNoteId(), completed.getVisitDate(), completed.getDueDate(),
                completed.getOnTime()));
        announceScheduled(child, plan, next.get());
        return Effect.RECOMPLETED;
    }

    /**
     * A manager set the child's own frequency, or handed them back to the rule set's: the visit waiting is due again,
     * counted from the last visit since the plan began, or from its start.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void frequencyChanged(Child child) {
        Optional<VisitPlan> plan = plans.findInForce(child.getChildId());
        Optional<PlannedVisit> open = plannedVisits.findOpenForUpdate(child.getChildId());
        if (plan.isEmpty() || open.isEmpty() || !open.get().getPlanId().equals(plan.get().getPlanId())) {
            return;
        }
        Optional<LocalDate> last = plannedVisits.lastCompletedVisitDate(child.getChildId())
                .filter(date -> !date.isBefore(plan.get().getStartDate()));
        Due due = dueDates.next(plan.get(), last);
        if (!due.date().equals(open.get().getDueDate()) || !due.rule().equals(open.get().getFrequencyRule())) {
            open.get().reschedule(due);
            announceScheduled(child, plan.get(), open.get());
        }
    }

    private static boolean keepInTouch(RecordedVisit visit) {
        return VisitKind.CARE_LEAVER_KIT.name().equals(visit.getStatutoryVisit());
    }

    private void begin(Child child, UUID planId, PlanType planType, UUID stepId, VisitBasis basis, Instant now) {
        Optional<VisitFrequency> frequency = dueDates.frequencyFor(basis.kind(), basis.facts());
        if (frequency.isEmpty()) {
            LOG.warnf("Authority '%s' has no visit frequency for %s visits; child %s has none planned",
                    child.getAuthority(), basis.kind(), child.getChildId());
            return;
        }
        VisitPlan plan = VisitPlan.begin(planId, child.getChildId(), planType, basis.kind(), frequency.get().id(),
                stepId, basis.facts(), basis.startDate(), now);
        plans.persist(plan);
        // Flushed before the first visit: the plan it belongs to must exist.
        plans.flush();
        planNext(child, plan, VisitIds.firstVisit(planId), dueDates.next(plan, Optional.empty()), now);
    }

    private void end(VisitPlan plan, LocalDate on, String because, Instant now) {
        plan.end(on);
        plannedVisits.findOpenForUpdate(plan.getChildId()).ifPresent(open -> {
            open.withdraw();
            outbox.publish(plan.getChildId().toString(), new VisitWithdrawn(open.getVisitId(), plan.getChildId(),
                    because, now));
        });
        // Flushed before another plan begins: one plan in force, and one visit waiting, per child.
        plans.flush();
    }

    private void complete(PlannedVisit planned, RecordedVisit by, Instant now) {
        planned.complete(by, now);
        // Flushed before the next visit is planned: only one visit per child may be PLANNED at a time.
        plannedVisits.flush();
        outbox.publish(planned.getChildId().toString(), new VisitCompleted(planned.getVisitId(),
                planned.getChildId(), planned.getNoteId(), planned.getVisitDate(), planned.getDueDate(),
                planned.getOnTime()));
    }

    private void planNext(Child child, VisitPlan plan, UUID visitId, Due due, Instant now) {
        Optional<PlannedVisit> withdrawn = plannedVisits.findByIdOptional(visitId)
                .filter(planned -> planned.getState() == VisitState.WITHDRAWN);
        // A visit that stopped counting and counts again plans, under the same id, the visit it had planned.
        PlannedVisit next = withdrawn.orElseGet(() -> PlannedVisit.schedule(visitId, plan, due, now));
        if (withdrawn.isPresent()) {
            next.restore(due);
        } else {
            plannedVisits.persist(next);
        }
        announceScheduled(child, plan, next);
    }

    private void announceScheduled(Child child, VisitPlan plan, PlannedVisit visit) {
        outbox.publish(child.getChildId().toString(), new VisitScheduled(visit.getVisitId(), child.getChildId(),
                child.getTeam(), child.getAllocatedWorker(), child.getPlanType().name(), visit.getDueDate(),
                visit.getFrequencyWorkingDays(), plan.getVisitKind().name(), visit.getFrequencyRule()));
    }

    // Every announcement about a child follows its registration on the child's partition: one about a child never
    // registered here is a defect of the record, not a delay.
    Child known(EventType type, UUID childId) {
        return children.findByIdOptional(childId).orElseThrow(() -> new UnknownChildException(type.type(), childId));
    }
}
