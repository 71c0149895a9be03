package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.EntryFacts;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.domain.closure.ClosureRules;
import io.casework.casenotes.domain.closure.ClosureRules.PathwayFact;
import io.casework.casenotes.domain.closure.ClosureRules.Refusal;
import io.casework.casenotes.domain.closure.ClosureState;
import io.casework.casenotes.domain.closure.ClosureStep;
import io.casework.casenotes.mapping.CaseClosureMapper;
import io.casework.casenotes.repository.CaseClosure;
import io.casework.casenotes.repository.CaseClosureEntry;
import io.casework.casenotes.repository.CaseClosureEntry.Act;
import io.casework.casenotes.repository.CaseClosureRepository;
import io.casework.casenotes.repository.CaseClosureStepDone;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ManagementEntry;
import io.casework.casenotes.repository.PathwayStep;
import io.casework.casenotes.repository.PathwayStepRepository;
import io.casework.casenotes.rest.dto.CaseClosureDto;
import io.casework.casenotes.rest.dto.ClosureFeedbackDto;
import io.casework.casenotes.rest.dto.ClosureFeedbackRequest;
import io.casework.casenotes.rest.dto.ClosureStepRequest;
import io.casework.casenotes.rest.dto.StartClosureRequest;
import io.casework.contracts.CaseClosureDecision;
import io.casework.contracts.InvalidEventException;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Closing a child's case (002 s.12 "Case Closures"; DOMAIN.md rule 11): started by the worker when the child's
 * pathway allows it, worked through the eight steps' checklist, sent for the practice manager's oversight (step 3,
 * routed by approvals-service as CASE_CLOSURE) and, once approved, closed with a management entry holding the reasons
 * and an event for the services that keep the child's schedules. Every act is an entry sealed on the child's chain.
 */
@ApplicationScoped
public class CaseClosureService {

    private static final Logger LOG = Logger.getLogger(CaseClosureService.class);

    /** The office's calendar: the day a case closes is the council's day. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    ChildService children;

    @Inject
    CaseClosureRepository closures;

    @Inject
    PathwayStepRepository steps;

    @Inject
    CaseNoteRepository notes;

    @Inject
    RecordChain chain;

    @Inject
    RecordAccess access;

    @Inject
    CaseClosureMapper mapper;

    @Inject
    EntityManager entities;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Starts closing the child's case, refused while the pathway says the case must stay open (002 s.12). */
    @Transactional
    public CaseClosureDto start(UUID childId, StartClosureRequest body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "startClosure");
        if (body.reason().needsReferrerFeedback() && (body.referrerFeedback() == null
                || body.referrerFeedback().isBlank())) {
            throw Problems.invalidFields("A referral closed with no further action records the feedback given to "
                    + "the referrer about the decision and its reasons (002 s.12).", List.of(
                            Problems.FieldViolation.body("referrerFeedback", "is required when the reason is "
                                    + "NO_FURTHER_ACTION_ON_REFERRAL")));
        }
        Instant now = clock.instant();
        ClosureRules.startRefusal(pathwayOf(childId), closures.goingFor(childId), LocalDate.ofInstant(now, LONDON))
                .ifPresent(refusal -> {
                    throw refused(refusal);
                });
        Person me = access.person();
        CaseClosure closure = CaseClosure.start(childId, child.getTeam(), body.reason(), body.reasonDetails(),
                body.referrerFeedback(), me, now);
        closures.persist(closure);
        closures.append(CaseClosureEntry.of(closure, Act.STARTED, EntryFacts.of("reason", closure.getReason(),
                "reasonDetails", closure.getReasonDetails(), "referrerFeedback", closure.getReferrerFeedback()), me,
                now));
        entities.flush();
        return toDto(closure);
    }

    /**
     * Records a worker's step of the checklist done, once: the closing summary and the chronology entry of the
     * decision name the child's case note that is that entry; the manager's oversight is not the worker's to record.
     */
    @Transactional
    public CaseClosureDto recordStep(UUID childId, UUID closureId, ClosureStep step, ClosureStepRequest body,
            String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "recordClosureStep");
        CaseClosure closure = locked(childId, closureId, ifMatch);
        if (step.managers()) {
            throw Problems.conflict("closure-step-is-managers", "Step 3, the management oversight, is the practice "
                    + "manager's decision: submit the closure (submitClosure) for it.");
        }
        if (closure.getState() != ClosureState.OPEN) {
            throw Problems.conflict("closure-not-open", "This closure is " + closure.getState()
                    + "; its checklist no longer changes.");
        }
        if (step.recordEntry() == (body.noteId() == null)) {
            throw Problems.invalidFields(step.recordEntry() ? "The " + step + " step is an entry on the record: name "
                    + "the case note that is it." : "The " + step + " step is not an entry on the record: say what "
                    + "was done in details.", List.of(Problems.FieldViolation.body("noteId", step.recordEntry()
                            ? "is required for " + step : "must be absent for " + step)));
        }
        if (body.noteId() != null) {
            notes.findByIdOptional(body.noteId()).filter(n -> n.getChildId().equals(childId))
                    .orElseThrow(() -> Problems.invalidFields("The case note is not one of this child's.", List.of(
                            Problems.FieldViolation.body("noteId", "no such case note of this child"))));
        }
        if (closures.stepsDone(closureId).stream().anyMatch(d -> d.getStep() == step)) {
            throw Problems.conflict("closure-step-done", "The " + step + " step of this closure is done already; "
                    + "what was recorded stands.");
        }
        Person me = access.person();
        Instant now = clock.instant();
        String details = body.details() == null || body.details().isBlank() ? null : body.details().strip();
        closures.record(CaseClosureStepDone.of(closureId, step, body.noteId(), details, me, now));
        closures.append(CaseClosureEntry.of(closure, Act.STEP_DONE, EntryFacts.of("step", step, "noteId",
                body.noteId(), "details", details), me, now));
        closures.checklistChanged(closure);
        entities.flush();
        return toDto(closure);
    }

    /**
     * Sends the closure to the practice manager once every worker's step is done and the pathway still allows
     * closure; published for approvals-service in the same transaction.
     */
    @Transactional
    public CaseClosureDto submit(UUID childId, UUID closureId, String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "submitClosure");
        CaseClosure closure = locked(childId, closureId, ifMatch);
        if (closure.getState() != ClosureState.OPEN) {
            throw Problems.conflict("closure-not-open", "This closure is " + closure.getState() + " already.");
        }
        Set<ClosureStep> done = closures.stepsDone(closureId).stream().map(CaseClosureStepDone::getStep)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClosureStep.class)));
        Instant now = clock.instant();
        ClosureRules.submitRefusal(done, pathwayOf(childId), LocalDate.ofInstant(now, LONDON)).ifPresent(refusal -> {
            if (refusal.reason() == ClosureRules.Reason.STEPS_NOT_DONE) {
                throw Problems.conflict("closure-steps-not-done", "Steps still to do before the manager's oversight: "
                        + ClosureStep.workers().stream().filter(s -> !done.contains(s)).map(Enum::name).toList()
                        + ".");
            }
            throw refused(refusal);
        });
        Person me = access.person();
        closure.submit(now);
        closures.append(CaseClosureEntry.of(closure, Act.SUBMITTED, EntryFacts.of("steps", done.stream()
                .map(Enum::name).toList()), me, now));
        outbox.publish(childId.toString(), mapper.requested(closure, me, closure.getSubmittedAt()));
        entities.flush();
        return toDto(closure);
    }

    /** Records feedback given to the referrer, at any time, after closure too (002 s.12). */
    @Transactional
    public ClosureFeedbackDto recordFeedback(UUID childId, UUID closureId, ClosureFeedbackRequest body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "recordClosureFeedback");
        CaseClosure closure = closures.ofChildForUpdate(childId, closureId)
                .orElseThrow(() -> Problems.notFound("Case closure", closureId));
        CaseClosureEntry entry = CaseClosureEntry.of(closure, Act.FEEDBACK_RECORDED, EntryFacts.of(
                "feedback", body.feedback().strip()), access.person(), clock.instant());
        closures.append(entry);
        entities.flush();
        return mapper.feedback(entry);
    }

    /** One page of the child's closures, the latest started first: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseClosureDto> ofChild(UUID childId, PageQuery page) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listClosures");
        return Pagination.page(closures.ofChild(childId, page), page, CaseClosureRepository::cursorOf,
                rows -> rows.stream().map(this::toDto).toList());
    }

    /** One page of the feedback recorded on the closure, the latest first: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClosureFeedbackDto> feedbackOf(UUID childId, UUID closureId, PageQuery page) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listClosureFeedback");
        closures.findByIdOptional(closureId).filter(c -> c.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Case closure", closureId));
        return Pagination.page(closures.feedbackOf(closureId, page), page, CaseClosureRepository::feedbackCursorOf,
                rows -> rows.stream().map(mapper::feedback).toList());
    }

    /** One of the child's closures with its checklist: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseClosureDto one(UUID childId, UUID closureId) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "getClosure");
        return closures.findByIdOptional(closureId).filter(c -> c.getChildId().equals(childId)).map(this::toDto)
                .orElseThrow(() -> Problems.notFound("Case closure", closureId));
    }

    /** A replayed start's answer shows the closure again: the caller must still be allowed to read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReplay(UUID childId) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "startClosure");
    }

    /**
     * Applies the practice manager's oversight, decided in approvals-service; decisions of other kinds are not this
     * one's. An approval closes the case: a management entry on the record holds the reasons for closure (002 s.12
     * step 3), and case-closed is published. A refusal returns the closure to the worker with the reasons; the case
     * stays open. The same decision arriving again changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ApprovalDecided decision) {
        if (!CaseClosureDecision.covers(decision.kind())) {
            return;
        }
        CaseClosure closure = closures.findForUpdate(closureIdOf(decision))
                .orElseThrow(() -> new InvalidEventException("decision " + decision.requestId() + " concerns case "
                        + "closure " + decision.subjectId() + ", which this service does not hold"));
        if (closure.holdsDecision(decision.requestId())) {
            LOG.infof("Decision %s on case closure %s is applied already; ignoring", decision.requestId(),
                    closure.getId());
            return;
        }
        closure.refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new InvalidEventException("decision " + decision.requestId() + " cannot be applied: " + refusal);
        });
        Instant now = clock.instant();
        Person decider = new Person(decision.decidedBy(), decision.decidedByName(), decision.decidedByDesignation(),
                null);
        if (decision.outcome() == Outcome.APPROVED) {
            ManagementEntry entry = ManagementEntry.caseClosure(closure.getChildId(), decision, now);
            chain.append(entry);
            closure.decide(decision, entry.getId(), LocalDate.ofInstant(decision.decidedAt(), LONDON));
            closures.append(CaseClosureEntry.of(closure, Act.APPROVED, EntryFacts.of("approvalRequestId",
                    decision.requestId(), "managementEntryId", entry.getId(), "closedOn", closure.getClosedOn(),
                    "reasons", decision.comments()), decider, now));
            outbox.publish(closure.getChildId().toString(), mapper.closed(closure, now));
        } else {
            closure.decide(decision, null, null);
            closures.append(CaseClosureEntry.of(closure, Act.RETURNED, EntryFacts.of("approvalRequestId",
                    decision.requestId(), "reasons", decision.comments()), decider, now));
        }
    }

    private CaseClosureDto toDto(CaseClosure closure) {
        return mapper.toDto(closure, closures.stepsDone(closure.getId()));
    }

    private CaseClosure locked(UUID childId, UUID closureId, String ifMatch) {
        CaseClosure closure = closures.ofChildForUpdate(childId, closureId)
                .orElseThrow(() -> Problems.notFound("Case closure", closureId));
        Preconditions.requireCurrent(ifMatch, closure.getVersion(), "case closure");
        return closure;
    }

    /**
     * The child's CP plans, looked-after episodes and care leaver's eligibility as the rules read them; an ended CP
     * plan with the day of the review conference that ended it (when it was held, else the day its decision took
     * effect).
     */
    private List<PathwayFact> pathwayOf(UUID childId) {
        return closures.closureSteps(childId).stream().map(step -> new PathwayFact(step.getId(), step.getKind(),
                step.getState(), step.getEndDate(), endingConference(step))).toList();
    }

    private LocalDate endingConference(PathwayStep plan) {
        if (plan.getEndedByStep() == null) {
            return null;
        }
        return steps.findByIdOptional(plan.getEndedByStep()).map(conference -> conference.getHeldAt() != null
                ? LocalDate.ofInstant(conference.getHeldAt(), LONDON) : conference.getCompletedDate()).orElse(null);
    }

    private static RuntimeException refused(Refusal refusal) {
        return switch (refusal.reason()) {
            case CHILD_PROTECTION_PLAN_OPEN -> Problems.conflict("closure-child-protection-plan-open", "A case cannot "
                    + "be closed while the child is subject to a child protection plan (002 s.12); the plan "
                    + refusal.stepId() + " has not ended.");
            case LOOKED_AFTER -> Problems.conflict("closure-child-looked-after", "A case cannot be closed while the "
                    + "child is looked after (DOMAIN rule 11); the looked-after episode " + refusal.stepId()
                    + " has not ended.");
            case CHILD_IN_NEED_AFTER_PLAN -> Problems.conflict("closure-child-in-need-period", "After a child "
                    + "protection plan ends the child stays open as a child in need for at least three months from "
                    + "the conference that ended it (002 s.12): not before " + refusal.until() + ".");
            case CARE_LEAVER_ENTITLED -> Problems.conflict("closure-care-leaver-entitled", "A care leaver's case stays "
                    + "open while they are entitled to leaving care support (DOMAIN rule 11); the eligibility "
                    + refusal.stepId() + " has not ended.");
            case CLOSURE_GOING -> Problems.conflict("closure-in-progress", "Another closure of this child's case is "
                    + "being worked through or waits for the manager.");
            case STEPS_NOT_DONE -> new IllegalStateException("steps are checked by the caller");
        };
    }

    private static UUID closureIdOf(ApprovalDecided decision) {
        try {
            return UUID.fromString(decision.subjectId());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("decision " + decision.requestId() + " names no case closure: "
                    + decision.subjectId());
        }
    }
}
