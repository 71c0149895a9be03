package io.casework.visits.service;

import io.casework.backbone.outbox.Outbox;
import io.casework.contracts.VisitKind;
import io.casework.contracts.events.FailedAccessEnded;
import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.timescales.RuleSet;
import io.casework.timescales.WorkingDayCalendar;
import io.casework.visits.domain.FailedAccessLadder.Reached;
import io.casework.visits.domain.FailedAccessLadder;
import io.casework.visits.domain.StatutoryVisitRule;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.ChildRepository;
import io.casework.visits.repository.FailedAccess;
import io.casework.visits.repository.FailedAccessRepository;
import io.casework.visits.repository.RecordedVisit;
import io.casework.visits.repository.RecordedVisitVersionRepository;
import io.casework.visits.repository.VisitPlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Spells of failed access (004 "Failed visits"): a visit that does not see a child owed statutory visits opens one
 * or lengthens it, a visit that sees them ends it, and each step of the ladder it reaches, by its second failed visit
 * or by how long it has lasted, is announced once as {@code failed-access-escalated}, for approvals-service to deliver
 * and deadlines-service to track. The time-based steps are also reached with no visit at all, which
 * {@link FailedAccessScan} looks for.
 */
@ApplicationScoped
public class FailedAccessService {

    @Inject
    FailedAccessRepository spells;

    @Inject
    VisitPlanRepository plans;

    @Inject
    ChildRepository children;

    @Inject
    RecordedVisitVersionRepository versions;

    @Inject
    VisitDueDates dueDates;

    @Inject
    RuleSet rules;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * A version of a visit was applied. A failed visit to a child owed statutory visits (not a care leaver's contact)
     * opens or lengthens the spell, counted once per note however often it is corrected; a visit that saw the child,
     * on or after the spell's first failure, ends it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void visitRecorded(Child child, RecordedVisit visit) {
        boolean statutoryVisits = plans.findInForce(child.getChildId())
                .filter(plan -> plan.getVisitKind() != VisitKind.CARE_LEAVER_KIT).isPresent();
        Optional<FailedAccess> open = spells.findOpenForUpdate(child.getChildId());
        Instant now = clock.instant();
        if (StatutoryVisitRule.failed(visit.facts())) {
            if (!statutoryVisits || failedBefore(visit)) {
                return;
            }
            FailedAccess spell = open.orElseGet(() -> {
                FailedAccess opened = FailedAccess.open(visit.getNoteId(), child.getChildId(), visit.getVisitDate(),
                        now);
                spells.persist(opened);
                return opened;
            });
            if (open.isPresent()) {
                spell.failedAgain(visit.getVisitDate());
            }
            climb(child, spell, now);
        } else if (visit.isChildSeen() && open.isPresent()
                && !visit.getVisitDate().isBefore(open.get().getFailedSince())) {
            end(open.get(), visit.getVisitDate(), visit.getNoteId(), now);
        }
    }

    /** The child's visits stopped (the basis ended): a spell open ends with them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void visitsStopped(UUID childId, LocalDate on) {
        spells.findOpenForUpdate(childId).ifPresent(spell -> end(spell, on, null, clock.instant()));
    }

    /** Takes the steps an open spell has reached by today; called by the scan, one spell per call. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int climb(UUID failedAccessId) {
        FailedAccess spell = spells.findById(failedAccessId);
        if (spell == null || spell.getEndedOn().isPresent()) {
            return 0;
        }
        return climb(children.findById(spell.getChildId()), spell, clock.instant());
    }

    private int climb(Child child, FailedAccess spell, Instant now) {
        LocalDate today = dueDates.today(now);
        int taken = 0;
        for (Reached reached : FailedAccessLadder.reached(spell.spell(), spell.taken(), today, rules, calendar)) {
            spell.told(reached.step(), now);
            outbox.publish(child.getChildId().toString(), new FailedAccessEscalated(spell.getFailedAccessId(),
                    child.getChildId(), child.getTeam(), child.getAllocatedWorker(), reached.step().name(),
                    reached.step().alertRule(), spell.getFailedSince(), spell.getLastFailedOn(),
                    spell.getFailedVisits(), reached.alertBy(), now));
            taken++;
        }
        return taken;
    }

    private void end(FailedAccess spell, LocalDate on, UUID byNote, Instant now) {
        spell.end(on, byNote);
        outbox.publish(spell.getChildId().toString(), new FailedAccessEnded(spell.getFailedAccessId(),
                spell.getChildId(), on, byNote, now));
    }

    /** Whether an earlier version of this note was already a failed visit: a correction is not another failure. */
    private boolean failedBefore(RecordedVisit visit) {
        return versions.history(visit.getNoteId()).stream()
                .anyMatch(version -> version.getNoteVersion() < visit.getNoteVersion() && !version.isChildSeen());
    }
}
