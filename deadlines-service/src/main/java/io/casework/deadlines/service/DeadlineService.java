package io.casework.deadlines.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.timescales.TimescalesConfig;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.CaseNoteFinalised;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ManagementOversightRecorded;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitReopened;
import io.casework.contracts.events.VisitScheduled;
import io.casework.contracts.events.VisitWithdrawn;
import io.casework.deadlines.domain.Countdown;
import io.casework.deadlines.domain.DeadlineChangeKind;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
import io.casework.deadlines.domain.StatutoryVisitOversight;
import io.casework.deadlines.mapping.DeadlineMapper;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.deadlines.rest.dto.DeadlineDto;
import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
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
 * Opens and meets deadlines as case notes and visits happen elsewhere, announcing each change through the outbox in
 * the same transaction; and answers which deadlines a child has.
 */
@ApplicationScoped
public class DeadlineService {

    private static final Logger LOG = Logger.getLogger(DeadlineService.class);

    @Inject
    DeadlineRepository deadlines;

    @Inject
    DeadlineMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    RuleSet rules;

    @Inject
    WorkingDayCalendar calendar;

    /** The version of the rules and calendar in force, recorded on each due date computed here. */
    @Inject
    RuleSetRegistry registry;

    @Inject
    TimescalesConfig config;

    @Inject
    Clock clock;

    @Inject
    ChildAccess access;

    @Inject
    DeadlineHistory history;

    /** Names the assignee, whom this service knows by username only. */
    @Inject
    StoredOrganisation organisation;

    /**
     * The next statutory visit is tracked to the due date visits-service set, held by the allocated worker. The same
     * visit announced again follows it: a withdrawn visit due after all is reinstated, and a visit still waiting
     * whose due date moved (the visit before it was re-dated, 003 s.5b) is due on the new day. A met visit is history.
     */
    // Applied from an event, in the transaction that records it as processed.
    @Transactional(Transactional.TxType.MANDATORY)
    public void openStatutoryVisit(VisitScheduled visit) {
        String subject = visit.visitId().toString();
        Optional<Deadline> tracked = deadlines.findTracked(DeadlineKind.STATUTORY_VISIT, subject);
        String cause = EventType.VISIT_SCHEDULED.type();
        if (tracked.isEmpty()) {
            // visits-service counted the due date: no version of ours to record.
            open(Deadline.open(visit.childId(), DeadlineKind.STATUTORY_VISIT, rules.authority(), null, subject,
                    visit.team(), visit.allocatedWorker(), visit.dueDate(), clock.instant()), cause);
            return;
        }
        Deadline deadline = tracked.get();
        LocalDate before = deadline.getDueDate();
        if (deadline.getState() == DeadlineState.WITHDRAWN) {
            deadline.reinstate(visit.dueDate());
            history.record(deadline, DeadlineChangeKind.REINSTATED, cause, line -> line.movedFrom(before));
        } else if (deadline.getState() == DeadlineState.OPEN && !deadline.getDueDate().equals(visit.dueDate())) {
            deadline.reschedule(visit.dueDate());
            history.record(deadline, DeadlineChangeKind.RESCHEDULED, cause, line -> line.movedFrom(before));
        } else {
            LOG.debugf("Statutory visit %s is already tracked as %s, due %s", subject, deadline.getState(),
                    deadline.getDueDate());
            return;
        }
        outbox.publish(deadline.getChildId().toString(), mapper.toOpened(deadline));
    }

    /**
     * The planned visit took place; it was late if the visit's own date is after the due date. A visit already met
     * and announced again on another day (its note corrected, 003 s.5b) is met again on that day.
     */
    // Applied from an event, in the transaction that records it as processed.
    @Transactional(Transactional.TxType.MANDATORY)
    public void meetStatutoryVisit(VisitCompleted visit, Instant recordedAt) {
        String subject = visit.visitId().toString();
        Optional<Deadline> met = deadlines.findTracked(DeadlineKind.STATUTORY_VISIT, subject)
                .filter(deadline -> deadline.getState() == DeadlineState.MET);
        if (met.isPresent() && !met.get().getMetOn().equals(visit.visitDate())) {
            met.get().remeet(visit.visitDate(), recordedAt);
            history.record(met.get(), DeadlineChangeKind.REMET, EventType.VISIT_COMPLETED.type(),
                    line -> line.because("Met on " + visit.visitDate()));
            outbox.publish(met.get().getChildId().toString(), mapper.toMet(met.get()));
            return;
        }
        meet(DeadlineKind.STATUTORY_VISIT, subject, visit.visitDate(), recordedAt, EventType.VISIT_COMPLETED);
    }

    /**
     * The planned visit is no longer due (the visit it was planned after no longer counts, 003 s.5b): its open
     * deadline is withdrawn, kept with the reason, and leaves worktrays; it is neither open nor breached.
     */
    // Applied from an event, in the transaction that records it as processed.
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawStatutoryVisit(VisitWithdrawn visit) {
        String subject = visit.visitId().toString();
        Optional<Deadline> open = deadlines.findOpen(DeadlineKind.STATUTORY_VISIT, subject);
        if (open.isEmpty()) {
            LOG.infof("No open statutory visit deadline for withdrawn visit %s", subject);
            return;
        }
        open.get().withdraw(visit.withdrawnAt(), visit.reason());
        history.record(open.get(), DeadlineChangeKind.WITHDRAWN, EventType.VISIT_WITHDRAWN.type(),
                line -> line.because(visit.reason()));
    }

    /**
     * The visit that met the planned visit no longer counts (its note was corrected, 003 s.5b): the deadline it met
     * is open again, due when it was, and back in the worker's worktray.
     */
    // Applied from an event, in the transaction that records it as processed.
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopenStatutoryVisit(VisitReopened visit) {
        String subject = visit.visitId().toString();
        Optional<Deadline> met = deadlines.findTracked(DeadlineKind.STATUTORY_VISIT, subject)
                .filter(deadline -> deadline.getState() == DeadlineState.MET);
        if (met.isEmpty()) {
            LOG.infof("No met statutory visit deadline for reopened visit %s", subject);
            return;
        }
        met.get().reopen(visit.reopenedAt());
        history.record(met.get(), DeadlineChangeKind.REOPENED, EventType.VISIT_REOPENED.type());
        outbox.publish(met.get().getChildId().toString(), mapper.toOpened(met.get()));
    }

    /**
     * A statutory visit note waits for management oversight under the authority's rule, counted from the working
     * day it was submitted. A note returned to its author and submitted again keeps the deadline it already has.
     */
    // Applied from an event, in the transaction that records it as processed.
    @Transactional(Transactional.TxType.MANDATORY)
    public void openOversight(CaseNoteSubmitted note) {
        if (!StatutoryVisitOversight.appliesTo(note.noteType())) {
            return;
        }
        String subject = note.noteId().toString();
        if (deadlines.findOpen(DeadlineKind.MANAGEMENT_OVERSIGHT, subject).isPresent()) {
            LOG.debugf("Note %s resubmitted while its oversight deadline is open; keeping that one", subject);
            return;
        }
        LocalDate submittedOn = LocalDate.ofInstant(note.submittedAt(), config.zone());
        LocalDate due = StatutoryVisitOversight.dueDate(rules, submittedOn, calendar);
        // Nobody in particular holds it yet: routing oversight to a manager is approvals-service's job.
        open(Deadline.open(note.childId(), DeadlineKind.MANAGEMENT_OVERSIGHT, rules.authority(), registry.version(),
                subject, note.team(), null, due, clock.instant()).countedFrom(submittedOn),
                EventType.CASE_NOTE_SUBMITTED.type());
    }

    /**
     * A management entry on a note: an approval meets the note's oversight deadline; a note returned to its author
     * with comments still waits for oversight.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void oversightRecorded(ManagementOversightRecorded oversight) {
        if (oversight.outcome() == Outcome.APPROVED) {
            meetOversight(oversight.noteId(), oversight.decidedAt(), EventType.MANAGEMENT_OVERSIGHT_RECORDED);
        }
    }

    /** The note was finalised (which needs oversight): the note's deadline is met. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteFinalised(CaseNoteFinalised finalised) {
        meetOversight(finalised.noteId(), finalised.finalisedAt(), EventType.CASE_NOTE_FINALISED);
    }

    private void meetOversight(UUID noteId, Instant at, EventType cause) {
        meet(DeadlineKind.MANAGEMENT_OVERSIGHT, noteId.toString(), LocalDate.ofInstant(at, config.zone()), at, cause);
    }

    /** The child's deadlines, soonest first, for those who may read the child's record (ACCESS-RULES). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeadlineDto> forChild(UUID childId, Optional<DeadlineState> state, PageQuery page) {
        access.require(AccessClass.RECORD_READ, childId, "listChildDeadlines");
        LocalDate today = LocalDate.now(clock);
        return Pagination.page(deadlines.forChild(childId, state, page), page, DeadlineRepository::cursorOf,
                rows -> rows.stream().map(d -> mapper.toDto(d, d.getState() == DeadlineState.OPEN
                        ? Countdown.of(d.getDueDate(), today, calendar) : null, organisation)).toList());
    }

    private void open(Deadline deadline, String cause) {
        deadlines.persist(deadline);
        history.record(deadline, DeadlineChangeKind.OPENED, cause);
        outbox.publish(deadline.getChildId().toString(), mapper.toOpened(deadline));
    }

    private void meet(DeadlineKind kind, String subject, LocalDate metOn, Instant metAt, EventType cause) {
        Optional<Deadline> open = deadlines.findOpen(kind, subject);
        if (open.isEmpty()) {
            // Met already (oversight recorded, then the note finalised), or never tracked here: nothing to do.
            LOG.debugf("No open %s deadline for %s", kind, subject);
            return;
        }
        Deadline deadline = open.get();
        deadline.meet(metOn, metAt);
        history.met(deadline, cause.type());
        outbox.publish(deadline.getChildId().toString(), mapper.toMet(deadline));
    }
}
