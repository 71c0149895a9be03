package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.enforce.AccessingPerson;
import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.casenotes.domain.pathway.StepState;
import io.casework.casenotes.domain.record.RecordChangeKind;
import io.casework.casenotes.domain.rollback.RollBackRules;
import io.casework.casenotes.mapping.PathwayMapper;
import io.casework.casenotes.mapping.RollBackMapper;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.PathwayStep;
import io.casework.casenotes.repository.PathwayStepEntry;
import io.casework.casenotes.repository.PathwayStepEntryRepository;
import io.casework.casenotes.repository.PathwayStepRepository;
import io.casework.casenotes.repository.RollBackRequest;
import io.casework.casenotes.repository.RollBackRequestRepository;
import io.casework.casenotes.repository.RolledBackItem;
import io.casework.casenotes.repository.RolledBackItemRepository;
import io.casework.casenotes.rest.dto.ChildRollBackRequest;
import io.casework.casenotes.rest.dto.PathwayStepDto;
import io.casework.casenotes.rest.dto.RollBackCommentsRequest;
import io.casework.casenotes.rest.dto.RollBackRequestDto;
import io.casework.casenotes.rest.dto.RolledBackItemDto;
import io.casework.contracts.InvalidEventException;
import io.casework.contracts.Outcome;
import io.casework.contracts.RollBackDecision;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ChildRolledBack;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Roll-backs without loss (000 "Practice Guidance on EHM and LCS Roll-Backs"): asked on 000's form by those who may
 * write on the record, commented by the line manager, published for approvals-service to route to the head of service
 * of the child's service area, and applied once when the approval comes back. Applying one is an ordinary transaction
 * on one child's record: nothing pauses and nothing is deleted; the steps after the date leave the current record,
 * marked with the roll-back, and can be listed and re-added.
 */
@ApplicationScoped
public class RollBackService {

    private static final Logger LOG = Logger.getLogger(RollBackService.class);

    @Inject
    ChildService children;

    @Inject
    RecordAccess access;

    @Inject
    RollBackRequestRepository requests;

    @Inject
    RolledBackItemRepository items;

    @Inject
    PathwayStepRepository steps;

    @Inject
    PathwayStepEntryRepository entries;

    @Inject
    CaseNoteService caseNotes;

    @Inject
    RecordHistory history;

    @Inject
    RollBackMapper mapper;

    @Inject
    PathwayMapper pathwayMapper;

    @Inject
    StoredOrganisation organisation;

    @Inject
    Outbox outbox;

    @Inject
    AccessReadModel accessFacts;

    @Inject
    Clock clock;

    /**
     * Records the request as 000's form has it, the header filled in from the record and the steps that would be
     * rolled back listed from the pathway as it stands; it waits for the line manager's comments. Nothing about the
     * record changes until the head of service approves.
     */
    @Transactional
    public RollBackRequestDto request(UUID childId, ChildRollBackRequest body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "requestRollBack");
        LocalDate today = LocalDate.now(clock);
        List<PathwayStep> currentSteps = steps.currentOfChild(childId);
        List<RollBackRules.Step> current = currentSteps.stream()
                .map(step -> new RollBackRules.Step(step.getId(), step.getKind().name(), step.getStartDate()))
                .toList();
        Set<UUID> awaiting = currentSteps.stream().filter(step -> step.getState() == StepState.AWAITING_AUTHORISATION)
                .map(PathwayStep::getId).collect(Collectors.toSet());
        RollBackRules.requestRefusal(body.rollBackTo(), today, current, awaiting, requests.waitingFor(childId))
                .ifPresent(refusal -> {
                    throw switch (refusal) {
                        case FUTURE_DATE -> Problems.invalidFields("A record is rolled back to a date already "
                                + "reached", List.of(FieldViolation.body("rollBackTo", "must be today (" + today
                                + ") or earlier")));
                        case NOTHING_TO_ROLL_BACK -> Problems.conflict("nothing-to-roll-back", "No pathway step of "
                                + "the current record started after " + body.rollBackTo() + ": a roll-back to it "
                                + "would change nothing.");
                        case STEP_AWAITING_AUTHORISATION -> Problems.conflict("roll-back-step-awaiting-authorisation",
                                "A pathway step started after " + body.rollBackTo() + " waits for a manager's "
                                + "authorisation of its outcome: it is decided or returned before the record is "
                                + "rolled back past it.");
                        case ALREADY_REQUESTED -> Problems.conflict("roll-back-already-requested", "Another "
                                + "roll-back of this record waits for the line manager or the head of service; it "
                                + "must be decided first.");
                    };
                });
        String name = Stream.of(child.getGivenName(), child.getFamilyName())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        RollBackRequest.Header header = new RollBackRequest.Header(child.getId().toString(),
                name.isEmpty() ? "Unnamed child" : name, child.getAllocatedWorker(), child.getTeam(),
                organisation.serviceAreaOf(child.getTeam()).orElse(null));
        RollBackRequest request = RollBackRequest.ask(childId, header, today, body.reason(), body.rollBackTo(),
                RollBackRules.stepsAfter(current, body.rollBackTo()), body.impact(), access.person(),
                clock.instant());
        requests.persist(request);
        return mapper.toDto(request);
    }

    /**
     * The line manager's comments (000: "speak to their line-manager"): recorded once, and with them the request goes
     * to the head of service (roll-back-requested, in this transaction).
     */
    @Transactional
    public RollBackRequestDto comment(UUID childId, UUID requestId, RollBackCommentsRequest body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_MANAGE, "commentOnRollBackRequest");
        RollBackRequest request = requests.findForUpdate(requestId)
                .filter(found -> found.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Roll-back request", requestId));
        Person manager = access.person();
        RollBackRules.commentRefusal(request.getState(), request.getRequestedBy().username(), manager.username())
                .ifPresent(refusal -> {
                    throw switch (refusal) {
                        case ALREADY_COMMENTED -> Problems.conflict("roll-back-already-commented", "This request "
                                + "has its manager's comments already and is " + request.getState() + ".");
                        case OWN_REQUEST -> Problems.conflict("roll-back-own-request", "You made this request: "
                                + "another manager of the child's line comments on it.");
                    };
                });
        request.comment(manager, body.comments(), clock.instant());
        outbox.publish(childId.toString(), mapper.requested(request));
        return mapper.toDto(request);
    }

    /** The child's roll-back requests, newest first, whatever their state: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RollBackRequestDto> ofChild(UUID childId, PageQuery page) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listRollBackRequests");
        return Pagination.page(requests.ofChild(childId, page), page, RollBackRequestRepository::cursorOf,
                rows -> rows.stream().map(mapper::toDto).toList());
    }

    /** One of the child's roll-back requests: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RollBackRequestDto one(UUID childId, UUID requestId) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "getRollBackRequest");
        return requests.findByIdOptional(requestId).filter(request -> request.getChildId().equals(childId))
                .map(mapper::toDto).orElseThrow(() -> Problems.notFound("Roll-back request", requestId));
    }

    /** A replayed request's answer shows the request again: the caller must still be allowed to read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReplay(UUID childId, String action) {
        access.require(children.find(childId), AccessClass.RECORD_READ, action);
    }

    /** What the roll-back moved out of the current record, a page at a time: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RolledBackItemDto> itemsOf(UUID childId, UUID rollBackId, PageQuery page) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listRolledBackItems");
        rollBackOf(childId, rollBackId);
        return Pagination.page(items.ofRollBack(rollBackId, page), page, RolledBackItemRepository::cursorOf,
                rows -> rows.stream().map(mapper::toDto).toList());
    }

    /**
     * Re-adds a step the roll-back moved out (000: documents "will need to be added to the file again"): a new step
     * carrying the original's content, its first entry (RE_ADDED) linking it to the original, then a copy of each of
     * the original's entries linking to the entry it copies, all on the child's chain. The original stays as it was,
     * marked as re-added. Once per step. The copy is announced as the original was, so that a consumer rebuilding the
     * pathway from the topic sees it again: started (naming the original), then held, decided and ended as far as
     * the original had gone.
     */
    @Transactional
    public PathwayStepDto reAdd(UUID childId, UUID rollBackId, UUID stepId) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "reAddRolledBackItem");
        rollBackOf(childId, rollBackId);
        RolledBackItem moved = items.stepForUpdate(rollBackId, stepId)
                .orElseThrow(() -> Problems.notFound("Rolled-back step", stepId));
        if (moved.getReAddedAs() != null) {
            throw Problems.conflict("already-re-added", "This step was re-added already, as step "
                    + moved.getReAddedAs() + ".");
        }
        PathwayStep original = steps.findById(stepId);
        Instant now = clock.instant();
        Person by = access.person();
        PathwayStep copy = PathwayStep.reAdd(original, currentOrNull(original.getOpenedFrom()),
                currentOrNull(original.getPartOf()), child.getTeam(), by, now);
        steps.persist(copy);
        entries.append(PathwayStepEntry.of(copy, PathwayStepEntry.Act.RE_ADDED, Map.of(
                "reAddedFrom", stepId.toString(), "rollBackId", rollBackId.toString()), by, now));
        List<PathwayStepEntry> originalEntries = entries.allOfStep(stepId);
        for (PathwayStepEntry entry : originalEntries) {
            entries.append(PathwayStepEntry.copied(entry, copy, now));
        }
        moved.reAdded(copy.getId(), by.username(), now);
        steps.flush();
        announceReAdded(copy, originalEntries, by, now);
        return pathwayMapper.toDto(copy);
    }

    private void announceReAdded(PathwayStep copy, List<PathwayStepEntry> originalEntries, Person by, Instant at) {
        String key = copy.getChildId().toString();
        PathwayStepStarted started = pathwayMapper.started(copy);
        accessFacts.pathwayStepStarted(started);
        outbox.publish(key, started);
        if (copy.getHeldAt() != null) {
            outbox.publish(key, pathwayMapper.held(copy, by.username(), at));
        }
        if (copy.getDecidedAt() != null) {
            // The decision is the original decider's, as its history records it.
            String decidedBy = originalEntries.stream()
                    .filter(entry -> entry.getAct() == PathwayStepEntry.Act.DECIDED
                            || entry.getAct() == PathwayStepEntry.Act.OUTCOME_AUTHORISED)
                    .reduce((first, second) -> second).map(PathwayStepEntry::getByUsername).orElse(by.username());
            outbox.publish(key, pathwayMapper.decided(copy, false, decidedBy));
        }
        if (copy.getEndDate() != null) {
            PathwayStepEnded ended = pathwayMapper.ended(copy, by.username(), at);
            accessFacts.pathwayStepEnded(ended);
            outbox.publish(key, ended);
        }
    }

    private UUID currentOrNull(UUID stepId) {
        return stepId == null || items.stepMoved(stepId) ? null : stepId;
    }

    private RollBackRequest rollBackOf(UUID childId, UUID rollBackId) {
        return requests.ofRollBack(rollBackId).filter(request -> request.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Roll-back", rollBackId));
    }

    /**
     * Applies the head of service's decision on a roll-back request, made in approvals-service; decisions of other
     * kinds are not this one's. A refusal is kept on the request. An approval is applied in this one transaction for
     * this one child: the steps the request listed (those still in the current record) and all their entries are
     * marked as moved by the roll-back, a final case note in the head of service's name evidences the reason (000), the
     * roll-back joins the child's chain as a change to the record, and child-rolled-back tells visits, deadlines and
     * anyone paying for what the steps set up. The same decision arriving again changes nothing.
     */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ApprovalDecided decision) {
        if (!RollBackDecision.covers(decision.kind())) {
            return;
        }
        RollBackRequest request = requests.findForUpdate(requestIdOf(decision))
                .orElseThrow(() -> new InvalidEventException("decision " + decision.requestId() + " concerns "
                        + "roll-back request " + decision.subjectId() + ", which this service does not hold"));
        if (request.holdsDecision(decision.requestId())) {
            LOG.infof("Decision %s on roll-back request %s is applied already; ignoring", decision.requestId(),
                    request.getId());
            return;
        }
        request.refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new InvalidEventException("decision " + decision.requestId() + " cannot be applied: " + refusal);
        });
        request.decide(decision);
        if (decision.outcome() != Outcome.APPROVED) {
            return;
        }
        // The marks name the roll-back the request now holds: written first, as their foreign key needs it.
        requests.flush();
        Child child = children.find(request.getChildId());
        List<ChildRolledBack.MovedStep> moved = items.mark(request.getRollBackId(), child.getId(),
                        request.getSteps().stream().map(RollBackRules.Step::id).toList()).stream()
                .map(steps::findById)
                .map(step -> new ChildRolledBack.MovedStep(step.getId(), step.getKind().name(), step.getStartDate(),
                        step.getEndDate() == null))
                .toList();
        String where = access.placeOf(decision.decidedBy());
        Person decider = new Person(decision.decidedBy(), decision.decidedByName(), decision.decidedByDesignation(),
                where);
        String reasons = decision.comments() == null || decision.comments().isBlank() ? request.getReason()
                : decision.comments();
        UUID noteId = caseNotes.recordDecision(child, decider, "Roll-back of the record to "
                + request.getRollBackTo(), "Roll-back approved by the head of service. Reason for the roll-back: "
                + request.getReason() + "\nHead of service's comments: " + reasons + "\nManager's comments ("
                + request.getManager().fullName() + "): " + request.getManagerComments() + "\nImpact: "
                + request.getImpact() + "\nRolled back: " + request.getSteps().stream()
                        .map(step -> step.kind() + " of " + step.startDate()).collect(Collectors.joining(", "))
                + ". Nothing was deleted: the steps are kept and can be re-added.");
        List<FieldChange> changes = moved.stream()
                .map(step -> new FieldChange("pathwayStep " + step.stepId(), "current",
                        "rolled back by " + request.getRollBackId()))
                .toList();
        Instant at = history.keep(child, RecordChangeKind.ROLLED_BACK, changes, reasons,
                new AccessingPerson(decider.username(), decider.fullName(), decider.designation(), where));
        ChildRolledBack rolledBack = new ChildRolledBack(request.getRollBackId(), request.getId(), child.getId(),
                child.getTeam(), request.getRollBackTo(), moved, noteId, decision.decidedBy(),
                decision.decidedByName(), at);
        accessFacts.childRolledBack(rolledBack);
        outbox.publish(child.getId().toString(), rolledBack);
    }

    private static UUID requestIdOf(ApprovalDecided decision) {
        try {
            return UUID.fromString(decision.subjectId());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("decision " + decision.requestId() + " names no roll-back request: "
                    + decision.subjectId());
        }
    }
}
