package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.Restriction;
import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.EntryFacts;
import io.casework.casenotes.domain.pathway.CfaPriority;
import io.casework.casenotes.domain.pathway.FrontDoorDecision;
import io.casework.casenotes.domain.pathway.Opens;
import io.casework.casenotes.domain.pathway.PathwayRules;
import io.casework.casenotes.domain.pathway.StepKindRules;
import io.casework.casenotes.domain.pathway.StepOutcome;
import io.casework.casenotes.domain.pathway.StepState;
import io.casework.casenotes.domain.pathway.StrategyDiscussionRules;
import io.casework.casenotes.mapping.PathwayMapper;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.PathwayOutcomeRequest;
import io.casework.casenotes.repository.PathwayOutcomeRequestRepository;
import io.casework.casenotes.repository.PathwayStep;
import io.casework.casenotes.repository.PathwayStepEntry.Act;
import io.casework.casenotes.repository.PathwayStepEntry;
import io.casework.casenotes.repository.PathwayStepEntryRepository;
import io.casework.casenotes.repository.PathwayStepRepository;
import io.casework.casenotes.rest.dto.ContactRequest;
import io.casework.casenotes.rest.dto.EndStepRequest;
import io.casework.casenotes.rest.dto.FrontDoorDecisionRequest;
import io.casework.casenotes.rest.dto.HeldStepRequest;
import io.casework.casenotes.rest.dto.PathwayOutcomeOptionDto;
import io.casework.casenotes.rest.dto.PathwayStepDto;
import io.casework.casenotes.rest.dto.PathwayStepEntryDto;
import io.casework.casenotes.rest.dto.PathwayStepKindDto;
import io.casework.casenotes.rest.dto.PriorityChangeRequest;
import io.casework.casenotes.rest.dto.ScheduleStepRequest;
import io.casework.casenotes.rest.dto.StartStepRequest;
import io.casework.casenotes.rest.dto.StepOutcomeRequest;
import io.casework.contracts.InvalidEventException;
import io.casework.contracts.Outcome;
import io.casework.contracts.PathwayDetails;
import io.casework.contracts.PathwayOutcomeDecision;
import io.casework.contracts.PathwayStepKind;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepStarted;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The child's case pathway (004 "Case Pathway"; DOMAIN.md "CART, the front door"): contacts and the front door's
 * decisions, the steps they open, steps started, scheduled, held, decided (with a manager's authorisation where DOMAIN
 * rule 20 asks one) and ended, and a practice manager's resets of a C&F's priority. Each act is kept as an entry sealed
 * on the child's chain and published in its transaction for deadlines-service, visits-service and approvals-service.
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
    PathwayStepEntryRepository entries;

    @Inject
    CaseNoteRepository notes;

    @Inject
    ChildRecordService records;

    @Inject
    AccessReadModel accessFacts;

    @Inject
    EntityManager entities;

    @Inject
    RecordAccess access;

    @Inject
    PathwayMapper mapper;

    @Inject
    PriorityResets resets;

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
                LocalDate.ofInstant(body.receivedAt(), LONDON), body.source(), body.receivedAt(), null,
                access.person(), now);
        begin(contact, access.person(), now);
        return mapper.toDto(contact);
    }

    /**
     * Records the front door's decision on a contact or a referral. It takes effect at once (the decisions that need
     * a second manager begin with the C&F's outcome), and opens what it opens as steps: a referral, a C&F, a strategy
     * discussion (its 24 hours running from the referral's receipt) or an Early Help episode.
     */
    @Transactional
    public PathwayStepDto decideAtFrontDoor(UUID childId, UUID stepId, FrontDoorDecisionRequest body,
            String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "decideAtFrontDoor");
        PathwayStep step = lockedStep(childId, stepId, ifMatch);
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
        StepOutcome outcome = StepKindRules.of(step.getKind()).outcome(decision.name()).orElseThrow();
        step.decide(decision.name(), outcome.opens(), today, now);
        Person me = access.person();
        entries.append(PathwayStepEntry.of(step, Act.DECIDED, EntryFacts.of("outcome", decision.name(), "opens",
                outcome.opens().steps(), "closesCase", outcome.opens().closesCase()), me, now));
        outbox.publish(childId.toString(), mapper.decided(step, false, me.username()));
        tookEffect(step, outcome, me, now);
        entities.flush();
        return mapper.toDto(step);
    }

    /**
     * Resets a C&F's priority, with reasons (004; DOMAIN rule 20). The due date it gives is counted by
     * deadlines-service on the event this publishes; until that service announces it the step has no due date.
     */
    @Transactional
    public PathwayStepDto changePriority(UUID childId, UUID stepId, PriorityChangeRequest body, String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_MANAGE, "changeAssessmentPriority");
        PathwayStep step = lockedStep(childId, stepId, ifMatch);
        if (step.getKind() != PathwayStepKind.CF_ASSESSMENT) {
            throw Problems.conflict("priority-not-for-step", "Only a Child and Family Assessment has a priority; "
                    + "this step is a " + step.getKind() + ".");
        }
        CfaPriority asked = CfaPriority.ofWorkingDays(body.workingDays()).orElseThrow(() -> Problems.invalidFields(
                "004 allows a priority of 10, 30 or 45 working days.", List.of(
                        Problems.FieldViolation.body("workingDays", "must be 10, 30 or 45"))));
        step.refusalToReprioritise(asked).ifPresent(refusal -> {
            throw switch (refusal) {
                case NOT_IN_PROGRESS -> Problems.conflict("pathway-step-decided", "This assessment's outcome has "
                        + "taken effect; its due date no longer moves.");
                case UNCHANGED -> Problems.conflict("priority-unchanged", "The priority is " + asked.workingDays()
                        + " working days already.");
                default -> new IllegalStateException("not a refusal of a priority change: " + refusal);
            };
        });
        resets.reset(step, asked, body.reasons(), access.person(), null);
        entities.flush();
        return mapper.toDto(step);
    }

    /**
     * Starts a step a worker starts directly (004 "Case Pathway"): a looked-after episode, a placement of one, a CIN
     * plan, a strategy discussion after an incident... Steps that only an outcome opens (an S47 enquiry, a
     * conference, a CP plan) are refused. Matching for adoption restricts the record at once (001 "Restricted
     * Records": "Adoption records will be restricted at the point of matching").
     */
    @Transactional
    public PathwayStepDto startStep(UUID childId, StartStepRequest body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "startPathwayStep");
        StepKindRules rules = StepKindRules.of(body.kind());
        PathwayStep partOf = body.partOf() == null ? null : steps.ofChildForUpdate(childId, body.partOf())
                .orElseThrow(() -> Problems.invalidFields("The step named in partOf is not one of this child's.",
                        List.of(Problems.FieldViolation.body("partOf", "no such step of this child"))));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LONDON);
        PathwayRules.startRefusal(rules, partOf == null ? null : partOf.getKind(),
                partOf == null ? null : partOf.getState(), partOf == null ? null : partOf.getStartDate(),
                body.startDate(), today).ifPresent(refusal -> {
                    throw switch (refusal) {
                        case NOT_STARTABLE -> Problems.conflict("pathway-step-not-startable", "A "
                                + body.kind() + " is opened by an outcome (listPathwayStepKinds), not started "
                                + "directly" + (body.kind() == PathwayStepKind.CONTACT ? ": record a contact with "
                                + "recordContact." : "."));
                        case PART_OF_REQUIRED -> Problems.invalidFields("A " + body.kind() + " is part of a "
                                + rules.partOf().stream().map(Enum::name).sorted().toList() + ".", List.of(
                                        Problems.FieldViolation.body("partOf", "is required for a " + body.kind())));
                        case PART_OF_WRONG_KIND -> Problems.invalidFields("A " + body.kind() + " cannot be part of "
                                + "a " + partOf.getKind() + ".", List.of(Problems.FieldViolation.body("partOf",
                                        rules.needsPartOf() ? "must be a " + rules.partOf().stream()
                                                .map(Enum::name).sorted().toList() : "must be absent")));
                        case PART_OF_ENDED -> Problems.conflict("pathway-step-ended", "The " + partOf.getKind()
                                + " named in partOf ended on " + partOf.getEndDate() + ".");
                        default -> Problems.invalidFields("A step starts on or after what it is part of and not "
                                + "after today.", List.of(Problems.FieldViolation.body("startDate",
                                        "must not be after today nor before what it is part of")));
                    };
                });
        Map<String, Object> details = body.details() == null ? Map.of() : body.details();
        requireValid(PathwayDetails.ofStep(body.kind(), details), "The step's details do not fit its kind.");
        Person me = access.person();
        PathwayStep step = body.kind() == PathwayStepKind.CF_ASSESSMENT
                ? PathwayStep.start(childId, body.kind(), null, null, child.getTeam(), body.startDate(), details,
                        null, null, CfaPriority.INITIAL.workingDays(), me, now)
                : PathwayStep.start(childId, body.kind(), null, body.partOf(), child.getTeam(), body.startDate(),
                        details, null, null, null, me, now);
        begin(step, me, now);
        if (body.kind() == PathwayStepKind.ADOPTION_MATCHING) {
            records.decideRestriction(child, Restriction.ADOPTION, "Matched for adoption on " + body.startDate()
                    + ": adoption records are restricted at the point of matching (001 \"Restricted Records\")",
                    access.accessingPerson());
        }
        entities.flush();
        return mapper.toDto(step);
    }

    /** Schedules a meeting step, or moves it with reasons (a conference, a review, a strategy discussion). */
    @Transactional
    public PathwayStepDto schedule(UUID childId, UUID stepId, ScheduleStepRequest body, String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "schedulePathwayStep");
        PathwayStep step = lockedStep(childId, stepId, ifMatch);
        PathwayRules.scheduleRefusal(StepKindRules.of(step.getKind()), step.getState(), step.getHeldAt(),
                step.getStartDate(), LocalDate.ofInstant(body.scheduledFor(), LONDON)).ifPresent(refusal -> {
                    throw refused(refusal, step, "scheduledFor", "must not be before the step's start ("
                            + step.getStartDate() + ")");
                });
        Instant previous = step.getScheduledFor();
        String reasons = body.reasons() == null || body.reasons().isBlank() ? null : body.reasons().strip();
        if (previous != null && reasons == null) {
            throw Problems.invalidFields("This meeting was scheduled for " + previous + "; say why it moves.",
                    List.of(Problems.FieldViolation.body("reasons", "is required when a meeting is scheduled again")));
        }
        step.schedule(body.scheduledFor(), body.chair());
        Person me = access.person();
        Instant now = clock.instant();
        entries.append(PathwayStepEntry.of(step, Act.SCHEDULED, EntryFacts.of("scheduledFor", body.scheduledFor(),
                "previousScheduledFor", previous, "chair", step.getChair(), "reasons", reasons), me, now));
        outbox.publish(childId.toString(), mapper.scheduled(step, previous, reasons, me.username(), now));
        entities.flush();
        return mapper.toDto(step);
    }

    /**
     * Records a meeting step as held: when, its chair, who took part with their input, and the kind's facts known
     * now. A strategy discussion is checked against 004's compliance rules and flagged with each reason it fails; a
     * meeting with no outcome that does not last (a CIN meeting, a looked-after review) is over once held.
     */
    @Transactional
    public PathwayStepDto held(UUID childId, UUID stepId, HeldStepRequest body, String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "recordPathwayStepHeld");
        PathwayStep step = lockedStep(childId, stepId, ifMatch);
        StepKindRules rules = StepKindRules.of(step.getKind());
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(body.heldAt(), LONDON);
        PathwayRules.heldRefusal(rules, step.getState(), step.getHeldAt(), body.chair(), step.getStartDate(),
                body.heldAt(), day, now).ifPresent(refusal -> {
                    throw refused(refusal, step, "heldAt", "must not be in the future nor before the step's start ("
                            + step.getStartDate() + ")");
                });
        Map<String, Object> added = body.details() == null ? Map.of() : body.details();
        Map<String, Object> merged = new LinkedHashMap<>(step.getDetails());
        merged.putAll(added);
        requireValid(PathwayDetails.ofStep(step.getKind(), merged), "The step's details do not fit its kind.");
        List<PathwayStep.Participant> took = body.participants().stream()
                .map(p -> new PathwayStep.Participant(p.name().strip(), p.role().strip(), p.agency(), p.manager(),
                        p.input() == null || p.input().isBlank() ? null : p.input().strip()))
                .toList();
        List<String> notCompliant = null;
        if (step.getKind() == PathwayStepKind.STRATEGY_DISCUSSION) {
            requireRecordOfDiscussion(merged);
            notCompliant = StrategyDiscussionRules.nonCompliance(Instant.parse((String) merged.get("promptedAt")),
                    body.heldAt(), took.stream().map(p -> new StrategyDiscussionRules.Taking(p.agency(), p.manager()))
                            .toList()).stream().map(Enum::name).toList();
        }
        step.held(body.heldAt(), body.chair(), took, added, notCompliant);
        Person me = access.person();
        entries.append(PathwayStepEntry.of(step, Act.HELD, EntryFacts.of("heldAt", body.heldAt(), "chair", step.getChair(),
                "participants", took.stream().map(PathwayService::participantFacts).toList(), "details", added,
                "nonCompliance", notCompliant), me, now));
        outbox.publish(childId.toString(), mapper.held(step, me.username(), now));
        if (rules.endsWhenHeld()) {
            end(step, day, "Held", null, me, now);
        }
        entities.flush();
        return mapper.toDto(step);
    }

    /**
     * Records a step's outcome (004 "Completing a C&F Assessment", "Recording Outcomes from S47 Enquiries",
     * "Strategy Discussions"; DOMAIN rule 20). Where the kind's outcomes need a manager (a C&F, an S47, a strategy
     * discussion), the outcome is sent for authorisation: the request is kept, the step waits, approvals-service is
     * asked, in one transaction, and nothing opens yet. Otherwise (a conference's decision, recorded for its chair)
     * it takes effect at once and opens what it opens.
     */
    @Transactional
    public PathwayStepDto recordOutcome(UUID childId, UUID stepId, StepOutcomeRequest body, String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "recordPathwayOutcome");
        PathwayStep step = lockedStep(childId, stepId, ifMatch);
        if (step.getKind() == PathwayStepKind.CONTACT || step.getKind() == PathwayStepKind.REFERRAL) {
            throw Problems.conflict("front-door-decision-required", "A " + step.getKind() + " is decided at the "
                    + "front door (decideAtFrontDoor); its decision takes effect at once.");
        }
        StepKindRules rules = StepKindRules.of(step.getKind());
        Instant now = clock.instant();
        PathwayRules.outcomeRefusal(rules, step.getState(), step.getHeldAt(), step.getStartDate(),
                body.completedDate(), LocalDate.ofInstant(now, LONDON)).ifPresent(refusal -> {
                    throw refused(refusal, step, "completedDate", "must be between the step's start ("
                            + step.getStartDate() + ") and today");
                });
        StepOutcome outcome = rules.outcome(body.outcome()).orElseThrow(() -> Problems.invalidFields("A "
                + step.getKind() + " has no outcome " + body.outcome() + ".", List.of(Problems.FieldViolation.body(
                        "outcome", "must be one of " + rules.outcomes().stream().map(StepOutcome::name).toList()))));
        Map<String, Object> details = body.details() == null ? Map.of() : body.details();
        requireValid(PathwayDetails.ofOutcome(step.getKind(), details), "The outcome's details do not fit it.");
        if (outcome.opens().steps().contains(PathwayStepKind.CHILD_PROTECTION_PLAN) && !details.containsKey(
                "category")) {
            throw Problems.invalidFields("A child protection plan starts with its category.", List.of(
                    Problems.FieldViolation.body("details.category", "is required when the conference decides on a "
                            + "child protection plan")));
        }
        Person me = access.person();
        if (rules.authorisedBy().isPresent()) {
            PathwayOutcomeRequest request = PathwayOutcomeRequest.ask(step.getId(), outcome, body.completedDate(),
                    body.reasons(), details, me, now);
            outcomeRequests.persist(request);
            step.awaitAuthorisation();
            entries.append(PathwayStepEntry.of(step, Act.OUTCOME_REQUESTED, EntryFacts.of("outcomeRequestId",
                    request.getId(), "outcome", outcome.name(), "opens", outcome.opens().steps(), "closesCase",
                    outcome.opens().closesCase(), "completedDate", body.completedDate(), "reasons",
                    request.getReasons(), "details", details), me, now));
            outbox.publish(childId.toString(), mapper.outcomeRequested(request, step));
        } else {
            step.decide(outcome.name(), outcome.opens(), body.completedDate(), details, now);
            entries.append(PathwayStepEntry.of(step, Act.DECIDED, EntryFacts.of("outcome", outcome.name(), "opens",
                    outcome.opens().steps(), "closesCase", outcome.opens().closesCase(), "completedDate",
                    body.completedDate(), "reasons", body.reasons().strip(), "details", details), me, now));
            outbox.publish(childId.toString(), mapper.decided(step, outcome.endsPartOf(), me.username()));
            tookEffect(step, outcome, me, now);
        }
        entities.flush();
        return mapper.toDto(step);
    }

    /**
     * Ends a step (a placement, a plan, an episode) on a date, with why; what is part of it ends with it. A step with
     * outcomes ends only once its outcome took effect.
     */
    @Transactional
    public PathwayStepDto endStep(UUID childId, UUID stepId, EndStepRequest body, String ifMatch) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "endPathwayStep");
        PathwayStep step = lockedStep(childId, stepId, ifMatch);
        Instant now = clock.instant();
        PathwayRules.endRefusal(StepKindRules.of(step.getKind()), step.getState(), step.getStartDate(),
                body.endDate(), LocalDate.ofInstant(now, LONDON)).ifPresent(refusal -> {
                    throw refused(refusal, step, "endDate", "must be between the step's start ("
                            + step.getStartDate() + ") and today");
                });
        end(step, body.endDate(), body.reason(), null, access.person(), now);
        entities.flush();
        return mapper.toDto(step);
    }

    /**
     * Links a case note to a step (004 "Completing a C&F Assessment": "Link case note to C&F Assessment"), once; the
     * same link asked again changes nothing.
     */
    @Transactional
    public void linkCaseNote(UUID childId, UUID stepId, UUID noteId) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "linkCaseNoteToPathwayStep");
        PathwayStep step = steps.ofChildForUpdate(childId, stepId)
                .orElseThrow(() -> Problems.notFound("Pathway step", stepId));
        notes.findByIdOptional(noteId).filter(n -> n.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Case note", noteId));
        if (entries.linked(stepId, noteId)) {
            return;
        }
        entries.append(PathwayStepEntry.of(step, Act.CASE_NOTE_LINKED, EntryFacts.of("noteId", noteId), access.person(),
                clock.instant()));
    }

    /** A step's history (its entries), the latest first, of one act when named: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PathwayStepEntryDto> entriesOf(UUID childId, UUID stepId, Act act, PageQuery page) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listPathwayStepEntries");
        steps.findByIdOptional(stepId).filter(s -> s.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Pathway step", stepId));
        return Pagination.page(entries.ofStep(stepId, act, page), page, PathwayStepEntryRepository::cursorOf,
                rows -> rows.stream().map(mapper::toDto).toList());
    }

    /** Every kind of step, as data: reference, no personal information. */
    public List<PathwayStepKindDto> kinds() {
        return StepKindRules.all().stream().map(mapper::toDto).toList();
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
        Person decider = new Person(decision.decidedBy(), decision.decidedByName(), decision.decidedByDesignation(),
                null);
        Instant now = clock.instant();
        Map<String, Object> decided = EntryFacts.of("outcomeRequestId", request.getId(), "outcome", request.getOutcome(),
                "approvalRequestId", decision.requestId(), "comments", decision.comments());
        if (decision.outcome() == Outcome.APPROVED) {
            StepOutcome outcome = StepKindRules.of(step.getKind()).outcome(request.getOutcome())
                    .orElseThrow(() -> new InvalidEventException("outcome request " + request.getId() + " names "
                            + request.getOutcome() + ", not an outcome of a " + step.getKind()));
            step.decide(request.getOutcome(), new Opens(request.getOpens(), request.closesCase()),
                    request.getCompletedDate(), request.getDetails(), decision.decidedAt());
            entries.append(PathwayStepEntry.of(step, Act.OUTCOME_AUTHORISED, decided, decider, now));
            outbox.publish(step.getChildId().toString(), mapper.authorised(step, outcome.endsPartOf(), decision));
            tookEffect(step, outcome, decider, now);
        } else {
            step.returnToWorker();
            entries.append(PathwayStepEntry.of(step, Act.OUTCOME_RETURNED, decided, decider, now));
        }
    }

    /** The child's step, locked, at the version the caller names in If-Match. */
    private PathwayStep lockedStep(UUID childId, UUID stepId, String ifMatch) {
        PathwayStep step = steps.ofChildForUpdate(childId, stepId)
                .orElseThrow(() -> Problems.notFound("Pathway step", stepId));
        Preconditions.requireCurrent(ifMatch, step.getVersion(), "pathway step");
        return step;
    }

    /** A new step: stored, its start kept as the first entry of its history, and published. */
    private void begin(PathwayStep step, Person by, Instant at) {
        steps.persist(step);
        entries.append(PathwayStepEntry.of(step, Act.STARTED, EntryFacts.of("kind", step.getKind(), "openedFrom",
                step.getOpenedFrom(), "partOf", step.getPartOf(), "startDate", step.getStartDate(), "details",
                step.getDetails(), "source", step.getSource(), "receivedAt", step.getReceivedAt(),
                "priorityWorkingDays", step.getPriorityWorkingDays()), by, at));
        PathwayStepStarted started = mapper.started(step);
        accessFacts.pathwayStepStarted(started);
        outbox.publish(step.getChildId().toString(), started);
    }

    /**
     * Ends the step and, first, every step still going on that is part of it, on the same date or, for a part that
     * started later, its own start.
     */
    private void end(PathwayStep step, LocalDate date, String reason, UUID endedBy, Person by, Instant at) {
        for (PathwayStep part : steps.goingOnPartsOf(step.getId())) {
            if (part.getId().equals(endedBy)) {
                continue; // the review conference that ends the plan is decided, not ended with it
            }
            if (part.getState() == StepState.AWAITING_AUTHORISATION) {
                throw Problems.conflict("pathway-part-awaiting-authorisation", "The " + part.getKind() + " "
                        + part.getId() + " that is part of this " + step.getKind() + " waits for a manager's "
                        + "authorisation; it must be decided first.");
            }
            end(part, date.isBefore(part.getStartDate()) ? part.getStartDate() : date, "Ended with its "
                    + step.getKind(), endedBy, by, at);
        }
        step.end(date, reason, endedBy);
        entries.append(PathwayStepEntry.of(step, Act.ENDED, EntryFacts.of("endDate", date, "reason", step.getEndReason(),
                "endedByStep", endedBy), by, at));
        PathwayStepEnded ended = mapper.ended(step, by.username(), at);
        accessFacts.pathwayStepEnded(ended);
        outbox.publish(step.getChildId().toString(), ended);
    }

    /**
     * An outcome took effect: it opens the steps it names, each starting on the date the step was completed with the
     * facts it carries forward, and ends the step this one is part of when it says so (a review conference ending the
     * CP plan). A step whose own facts the outcome cannot give is not opened here: a looked-after episode starts with
     * its legal status, pre-proceedings with the date the letter was sent, care proceedings with the letter of intent's;
     * only the worker who starts it knows them (startPathwayStep), and the decided step's {@code opens} says that it
     * is to follow.
     */
    private void tookEffect(PathwayStep step, StepOutcome outcome, Person by, Instant at) {
        LocalDate from = step.getCompletedDate() == null ? LocalDate.ofInstant(at, LONDON) : step.getCompletedDate();
        for (PathwayStepKind kind : outcome.opens().steps()) {
            Map<String, Object> carried = carriedForward(step, kind);
            if (!PathwayDetails.ofStep(kind, carried).isEmpty()) {
                continue;
            }
            PathwayStep next = switch (kind) {
                case REFERRAL -> PathwayStep.start(step.getChildId(), kind, step.getId(), null, step.getTeam(),
                        from, Map.of(), step.getSource(), at, null, by, at);
                case CF_ASSESSMENT -> PathwayStep.start(step.getChildId(), kind, step.getId(), null, step.getTeam(),
                        from, Map.of(), null, null, CfaPriority.INITIAL.workingDays(), by, at);
                default -> PathwayStep.start(step.getChildId(), kind, step.getId(), null, step.getTeam(), from,
                        carried, null, null, null, by, at);
            };
            begin(next, by, at);
        }
        if (outcome.endsPartOf() && step.getPartOf() != null) {
            PathwayStep whole = steps.findByIdOptional(step.getPartOf(), LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow();
            if (whole.getState() != StepState.ENDED) {
                end(whole, from, "Ended by the " + step.getKind() + " of " + from, step.getId(), by, at);
            }
        }
    }

    /**
     * The facts an opened step starts with, from the step that opened it: a strategy discussion the referral's time
     * (its 24 hours run from it: 004), an S47 the abuse alleged, a CP plan the category the conference decided.
     */
    private static Map<String, Object> carriedForward(PathwayStep from, PathwayStepKind kind) {
        return switch (kind) {
            case STRATEGY_DISCUSSION -> EntryFacts.of("promptedBy", "REFERRAL", "promptedAt", from.getReceivedAt());
            case S47_ENQUIRY -> EntryFacts.of("allegedAbuseCategory", from.getDetails().get("allegedAbuseCategory"));
            case CHILD_PROTECTION_PLAN -> EntryFacts.of("category", from.getOutcomeDetails().get("category"));
            default -> Map.of();
        };
    }

    /** 004 "Strategy Discussions": the record names the reasons and the alleged abuse category. */
    private static void requireRecordOfDiscussion(Map<String, Object> details) {
        List<Problems.FieldViolation> missing = new ArrayList<>();
        for (String fact : List.of("reasons", "allegedAbuseCategory")) {
            if (!details.containsKey(fact)) {
                missing.add(Problems.FieldViolation.body("details." + fact, "is required when a strategy "
                        + "discussion is recorded as held"));
            }
        }
        if (!missing.isEmpty()) {
            throw Problems.invalidFields("The record of a strategy discussion includes its reasons and the alleged "
                    + "abuse category (004).", missing);
        }
    }

    private static void requireValid(List<PathwayDetails.Violation> violations, String detail) {
        if (!violations.isEmpty()) {
            throw Problems.invalidFields(detail, violations.stream()
                    .map(v -> Problems.FieldViolation.body(v.field(), v.message())).toList());
        }
    }

    /** A refusal of the pathway's rules as its problem; a date out of range names {@code field}. */
    private static RuntimeException refused(PathwayRules.Refusal refusal, PathwayStep step, String field,
            String rangeMessage) {
        String kind = step.getKind().name();
        return switch (refusal) {
            case DATE_OUT_OF_RANGE -> Problems.invalidFields("The date is out of range for this " + kind + ".",
                    List.of(Problems.FieldViolation.body(field, rangeMessage)));
            case CHAIR_REQUIRED -> Problems.invalidFields("A " + kind + " is held with its chair named.",
                    List.of(Problems.FieldViolation.body("chair", "is required for a " + kind)));
            case NOT_A_MEETING -> Problems.conflict("pathway-step-not-a-meeting", "A " + kind + " is not a meeting: "
                    + "it is not scheduled or held.");
            case HELD_ALREADY -> Problems.conflict("pathway-meeting-held", "This " + kind + " was held at "
                    + step.getHeldAt() + "; its record stands.");
            case ENDED -> Problems.conflict("pathway-step-ended", "This " + kind + " ended on " + step.getEndDate()
                    + ".");
            case NO_OUTCOMES -> Problems.conflict("pathway-step-has-no-outcomes", "A " + kind + " has no outcome: "
                    + "it ends (endPathwayStep).");
            case NOT_HELD -> Problems.conflict("pathway-meeting-not-held", "This " + kind + "'s outcome is decided "
                    + "once it has been held (recordPathwayStepHeld).");
            case AWAITING_AUTHORISATION -> Problems.conflict("pathway-outcome-awaiting-authorisation", "An outcome "
                    + "of this " + kind + " waits for a manager already; it must be decided first.");
            case NOT_IN_PROGRESS -> Problems.conflict("pathway-step-decided", "This " + kind + " is "
                    + step.getState() + " already; its outcome stands.");
            case OUTCOME_FIRST -> Problems.conflict("pathway-outcome-required", "A " + kind + " ends once its "
                    + "outcome has taken effect (recordPathwayOutcome).");
            default -> new IllegalStateException("not a refusal of this act: " + refusal);
        };
    }

    private static Map<String, Object> participantFacts(PathwayStep.Participant p) {
        return EntryFacts.of("name", p.name(), "role", p.role(), "agency", p.agency(), "manager", p.manager(), "input",
                p.input());
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
     * opens the wrong pathway), whether each needs a manager's authorisation first; none for a kind without outcomes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PathwayOutcomeOptionDto> outcomes(UUID childId, UUID stepId) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listPathwayStepOutcomes");
        PathwayStep step = steps.findByIdOptional(stepId).filter(s -> s.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Pathway step", stepId));
        StepKindRules rules = StepKindRules.of(step.getKind());
        boolean authorised = rules.authorisedBy().isPresent();
        return rules.outcomes().stream().map(o -> mapper.toDto(o, authorised)).toList();
    }

    /** One step of the child's pathway. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PathwayStepDto one(UUID childId, UUID stepId) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "getPathwayStep");
        return steps.findByIdOptional(stepId).filter(s -> s.getChildId().equals(childId)).map(mapper::toDto)
                .orElseThrow(() -> Problems.notFound("Pathway step", stepId));
    }
}
