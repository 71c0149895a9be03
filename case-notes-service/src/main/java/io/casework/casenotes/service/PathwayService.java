package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.pathway.CfaOutcome;
import io.casework.casenotes.domain.pathway.CfaPriority;
import io.casework.casenotes.domain.pathway.CfaRules;
import io.casework.casenotes.domain.pathway.FrontDoorDecision;
import io.casework.casenotes.domain.pathway.Opens;
import io.casework.casenotes.domain.pathway.StepState;
import io.casework.casenotes.mapping.PathwayMapper;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.PathwayOutcomeRequest;
import io.casework.casenotes.repository.PathwayOutcomeRequestRepository;
import io.casework.casenotes.repository.PathwayPriorityChange;
import io.casework.casenotes.repository.PathwayStep;
import io.casework.casenotes.repository.PathwayStepRepository;
import io.casework.casenotes.rest.dto.ContactRequest;
import io.casework.casenotes.rest.dto.FrontDoorDecisionRequest;
import io.casework.casenotes.rest.dto.OutcomeForAuthorisationRequest;
import io.casework.casenotes.rest.dto.PathwayOutcomeOptionDto;
import io.casework.casenotes.rest.dto.PathwayStepDto;
import io.casework.casenotes.rest.dto.PriorityChangeRequest;
import io.casework.contracts.InvalidEventException;
import io.casework.contracts.Outcome;
import io.casework.contracts.PathwayOutcomeDecision;
import io.casework.contracts.PathwayStepKind;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The front door of the child's case pathway (004 "Case Pathway"; DOMAIN.md "CART, the front door"): contacts, the
 * front door's decisions, the referrals and Child and Family Assessments they open, and a practice manager's resets of
 * a C&F's priority. Each change is published in its transaction for deadlines-service and approvals-service.
 */
@ApplicationScoped
public class PathwayService {

    private static final Logger LOG = Logger.getLogger(PathwayService.class);

    /** The office's calendar: a step's dates are the days of the council's working week. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    ChildService children;

    @Inject
    PathwayStepRepository steps;

    @Inject
    PathwayOutcomeRequestRepository outcomeRequests;

    @Inject
    EntityManager entities;

    @Inject
    RecordAccess access;

    @Inject
    PathwayMapper mapper;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Records a contact received at the front door; the pathway begins with it. */
    @Transactional
    public PathwayStepDto recordContact(UUID childId, ContactRequest body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "recordContact");
        Instant now = clock.instant();
        if (body.receivedAt().isAfter(now)) {
            throw Problems.invalidFields("A contact cannot be received in the future.",
                    List.of(Problems.FieldViolation.body("receivedAt", "must not be in the future")));
        }
        PathwayStep contact = PathwayStep.start(childId, PathwayStepKind.CONTACT, null, child.getTeam(),
                LocalDate.ofInstant(body.receivedAt(), LONDON), body.source(), body.receivedAt(), null, null,
                access.person(), now);
        steps.persist(contact);
        outbox.publish(childId.toString(), mapper.started(contact, calendar));
        return mapper.toDto(contact);
    }

    /**
     * Records the front door's decision on a contact or a referral. It takes effect at once (the decisions that need
     * a second manager begin with the C&F's outcome), and opens what it opens: a referral or a C&F as a step now; a
     * strategy discussion or Early Help as intent, recorded on the decided step until those steps are built.
     */
    @Transactional
    public PathwayStepDto decideAtFrontDoor(UUID childId, UUID stepId, FrontDoorDecisionRequest body,
            String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "decideAtFrontDoor");
        PathwayStep step = steps.ofChildForUpdate(childId, stepId)
                .orElseThrow(() -> Problems.notFound("Pathway step", stepId));
        Preconditions.requireCurrent(ifMatch, step.getVersion(), "pathway step");
        FrontDoorDecision decision = body.decision();
        if (!decision.decides(step.getKind())) {
            throw Problems.conflict("front-door-decision-not-for-step", decision + " is not a decision on a "
                    + step.getKind() + ": a contact becomes a referral or ends at the door; a referral leads to a "
                    + "C&F assessment or a strategy discussion.");
        }
        if (step.getState() != StepState.OPEN) {
            throw Problems.conflict("pathway-step-decided", "This " + step.getKind() + " is " + step.getState()
                    + " already; its decision stands.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LONDON);
        Opens opens = decision.opens();
        step.decide(decision.name(), opens, today, now);
        Person me = access.person();
        outbox.publish(childId.toString(), mapper.decided(step, me.username()));
        for (PathwayStepKind kind : opens.steps()) {
            PathwayStep next = switch (kind) {
                case REFERRAL -> PathwayStep.start(childId, kind, step.getId(), child.getTeam(), today,
                        step.getSource(), now, null, null, me, now);
                case CF_ASSESSMENT -> PathwayStep.start(childId, kind, step.getId(), child.getTeam(), today, null,
                        null, CfaPriority.INITIAL.workingDays(), CfaPriority.INITIAL.dueDate(today, calendar), me,
                        now);
                default -> null; // recorded as intent on the decided step; its own step comes with a later part
            };
            if (next != null) {
                steps.persist(next);
                outbox.publish(childId.toString(), mapper.started(next, calendar));
            }
        }
        entities.flush();
        return mapper.toDto(step);
    }

    /** Resets a C&F's priority, and so its due date, with reasons (004; DOMAIN rule 20). */
    @Transactional
    public PathwayStepDto changePriority(UUID childId, UUID stepId, PriorityChangeRequest body, String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_MANAGE, "changeAssessmentPriority");
        PathwayStep step = steps.ofChildForUpdate(childId, stepId)
                .orElseThrow(() -> Problems.notFound("Pathway step", stepId));
        Preconditions.requireCurrent(ifMatch, step.getVersion(), "pathway step");
        if (step.getKind() != PathwayStepKind.CF_ASSESSMENT) {
            throw Problems.conflict("priority-not-for-step", "Only a Child and Family Assessment has a priority; "
                    + "this step is a " + step.getKind() + ".");
        }
        CfaPriority asked = CfaPriority.ofWorkingDays(body.workingDays()).orElseThrow(() -> Problems.invalidFields(
                "004 allows a priority of 10, 30 or 45 working days.", List.of(
                        Problems.FieldViolation.body("workingDays", "must be 10, 30 or 45"))));
        CfaPriority now = CfaPriority.ofWorkingDays(step.getPriorityWorkingDays()).orElseThrow();
        CfaRules.priorityChangeRefusal(step.getState(), now, asked).ifPresent(refusal -> {
            throw switch (refusal) {
                case NOT_IN_PROGRESS -> Problems.conflict("pathway-step-decided", "This assessment's outcome has "
                        + "taken effect; its due date no longer moves.");
                case UNCHANGED -> Problems.conflict("priority-unchanged", "The priority is " + asked.workingDays()
                        + " working days already.");
                default -> new IllegalStateException("not a refusal of a priority change: " + refusal);
            };
        });
        LocalDate previousDue = step.getDueDate();
        step.reprioritise(asked.workingDays(), asked.dueDate(step.getStartDate(), calendar));
        Person me = access.person();
        Instant at = clock.instant();
        entities.persist(PathwayPriorityChange.of(step.getId(), asked.workingDays(), previousDue, step.getDueDate(),
                body.reasons(), me, at));
        outbox.publish(childId.toString(), mapper.priorityChanged(step, previousDue, body.reasons().strip(),
                me.username(), at));
        entities.flush();
        return mapper.toDto(step);
    }

    /**
     * Sends a C&F's outcome for a manager's authorisation (004 "Completing a C&F Assessment"; DOMAIN rule 20): the
     * request is kept, the step waits, and approvals-service is asked, in one transaction. Nothing opens yet.
     */
    @Transactional
    public PathwayStepDto requestOutcome(UUID childId, UUID stepId, OutcomeForAuthorisationRequest body,
            String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "requestPathwayOutcome");
        PathwayStep step = steps.ofChildForUpdate(childId, stepId)
                .orElseThrow(() -> Problems.notFound("Pathway step", stepId));
        Preconditions.requireCurrent(ifMatch, step.getVersion(), "pathway step");
        PathwayOutcomeDecision.forStep(step.getKind()).orElseThrow(() -> Problems.conflict(
                "outcome-needs-no-authorisation", "A " + step.getKind() + "'s outcome needs no manager: the "
                        + "front door's decision on it takes effect at once (decideAtFrontDoor)."));
        Instant now = clock.instant();
        CfaRules.outcomeRefusal(step.getState(), step.getStartDate(), body.completedDate(),
                LocalDate.ofInstant(now, LONDON)).ifPresent(refusal -> {
                    throw switch (refusal) {
                        case AWAITING_AUTHORISATION -> Problems.conflict("pathway-outcome-awaiting-authorisation",
                                "An outcome of this assessment waits for a manager already; it must be decided "
                                        + "first.");
                        case NOT_IN_PROGRESS -> Problems.conflict("pathway-step-decided", "This " + step.getKind()
                                + " is " + step.getState() + " already; its outcome stands.");
                        case COMPLETED_OUT_OF_RANGE -> Problems.invalidFields("The assessment is completed on or "
                                + "after its start (" + step.getStartDate() + ") and not after today.", List.of(
                                        Problems.FieldViolation.body("completedDate",
                                                "must be between the start and today")));
                        default -> new IllegalStateException("not a refusal of an outcome: " + refusal);
                    };
                });
        Person me = access.person();
        PathwayOutcomeRequest request = PathwayOutcomeRequest.ask(step.getId(), body.outcome(),
                body.completedDate(), body.reasons(), me, now);
        outcomeRequests.persist(request);
        step.awaitAuthorisation();
        outbox.publish(childId.toString(), mapper.outcomeRequested(request, step));
        entities.flush();
        return mapper.toDto(step);
    }

    /**
     * Applies a manager's decision on an outcome sent for authorisation, made in approvals-service; decisions of
     * other kinds are not this one's. An approval decides the step: only now does the outcome open what it opens, and
     * the step records it. A refusal is kept on the request and returns the step to the worker. The same decision
     * arriving again changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ApprovalDecided decision) {
        if (!PathwayOutcomeDecision.covers(decision.kind())) {
            return;
        }
        PathwayOutcomeRequest request = outcomeRequests.findForUpdate(requestIdOf(decision))
                .orElseThrow(() -> new InvalidEventException("decision " + decision.requestId() + " concerns "
                        + "outcome request " + decision.subjectId() + ", which this service does not hold"));
        if (request.holdsDecision(decision.requestId())) {
            LOG.infof("Decision %s on outcome request %s is applied already; ignoring", decision.requestId(),
                    request.getId());
            return;
        }
        request.refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new InvalidEventException("decision " + decision.requestId() + " cannot be applied: " + refusal);
        });
        request.decide(decision);
        PathwayStep step = steps.findByIdOptional(request.getStepId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow();
        if (decision.outcome() == Outcome.APPROVED) {
            step.decide(request.getOutcome(), new Opens(request.getOpens(), request.closesCase()),
                    request.getCompletedDate(), decision.decidedAt());
            outbox.publish(step.getChildId().toString(), mapper.authorised(step, decision));
        } else {
            step.returnToWorker();
        }
    }

    private static UUID requestIdOf(ApprovalDecided decision) {
        try {
            return UUID.fromString(decision.subjectId());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("decision " + decision.requestId() + " names no outcome request: "
                    + decision.subjectId());
        }
    }

    /** The child's pathway, the latest step first: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PathwayStepDto> ofChild(UUID childId, PageQuery page) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listPathwaySteps");
        return Pagination.page(steps.ofChild(childId, page), page, PathwayStepRepository::cursorOf,
                rows -> rows.stream().map(mapper::toDto).toList());
    }

    /** A replayed contact's answer shows the contact again: the caller must still be allowed to read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReplay(UUID childId) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "recordContact");
    }

    /**
     * The outcomes the step may have and what each would open (004 "Completing a C&F Assessment": the wrong outcome
     * opens the wrong pathway): a contact's or referral's front-door decisions, which take effect at once; a C&F's
     * outcomes, which take effect only once a manager authorises them. Later kinds of step list none yet.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PathwayOutcomeOptionDto> outcomes(UUID childId, UUID stepId) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listPathwayStepOutcomes");
        PathwayStep step = steps.findByIdOptional(stepId).filter(s -> s.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Pathway step", stepId));
        return switch (step.getKind()) {
            case CONTACT, REFERRAL -> Arrays.stream(FrontDoorDecision.values())
                    .filter(d -> d.decides(step.getKind()))
                    .map(d -> new PathwayOutcomeOptionDto(d.name(), d.opens().steps(), d.opens().closesCase(), false))
                    .toList();
            case CF_ASSESSMENT -> Arrays.stream(CfaOutcome.values())
                    .map(o -> new PathwayOutcomeOptionDto(o.name(), o.opens().steps(), o.opens().closesCase(), true))
                    .toList();
            default -> List.of();
        };
    }

    /** One step of the child's pathway. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PathwayStepDto one(UUID childId, UUID stepId) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "getPathwayStep");
        return steps.findByIdOptional(stepId).filter(s -> s.getChildId().equals(childId)).map(mapper::toDto)
                .orElseThrow(() -> Problems.notFound("Pathway step", stepId));
    }
}
