package io.casework.approvals.service;

import io.casework.approvals.domain.ApprovalKind;
import io.casework.approvals.domain.ApproverRouting;
import io.casework.approvals.domain.DecisionRight;
import io.casework.approvals.domain.DecisionRights;
import io.casework.approvals.domain.DecisionRules;
import io.casework.approvals.domain.ManagementLine;
import io.casework.approvals.domain.ManagementRole;
import io.casework.approvals.domain.NoApproverException;
import io.casework.approvals.domain.NotificationType;
import io.casework.approvals.domain.RestrictedRecordRouting;
import io.casework.approvals.domain.RoutingReason;
import io.casework.approvals.mapping.ApprovalMapper;
import io.casework.approvals.mapping.People;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.approvals.repository.DelegationRepository;
import io.casework.approvals.repository.RoutingRecordRepository;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.rest.dto.DecisionRequest;
import io.casework.approvals.rest.dto.RoutingDto;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessPolicy;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.security.Caller;
import io.casework.backbone.timescales.TimescalesConfig;
import io.casework.contracts.CaseClosureDecision;
import io.casework.contracts.InformationRemovalDecision;
import io.casework.contracts.NoteContentField;
import io.casework.contracts.NoteOversight;
import io.casework.contracts.PathwayOutcomeDecision;
import io.casework.contracts.PathwayStepKind;
import io.casework.contracts.RestrictionDecision;
import io.casework.contracts.RiskAlertDecision;
import io.casework.contracts.RollBackDecision;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ApprovalRequested;
import io.casework.contracts.events.CaseClosureRequested;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRestrictionChanged;
import io.casework.contracts.events.InformationRemovalRequested;
import io.casework.contracts.events.PathwayOutcomeRequested;
import io.casework.contracts.events.RestrictedAccessRefused;
import io.casework.contracts.events.RestrictionRequested;
import io.casework.contracts.events.RiskAlertRequested;
import io.casework.contracts.events.RollBackRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Opens approval requests and records decisions. Each state change, its inbox notification and its event (through
 * the outbox) are written in one transaction.
 */
@ApplicationScoped
public class ApprovalService {

    private static final Logger LOG = Logger.getLogger(ApprovalService.class);

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    ApprovalCatalogue kinds;

    @Inject
    OrganisationService organisation;

    @Inject
    InboxService inbox;

    @Inject
    RequestRouting routing;

    @Inject
    RoutingRecordRepository routings;

    @Inject
    DelegationRepository delegations;

    @Inject
    TimescalesConfig timescales;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    ChildAccess access;

    @Inject
    ApprovalMapper mapper;

    @Inject
    People people;

    /** Due dates of decisions, as deadlines-service counts and announces them. */
    @Inject
    DeadlineAlerts deadlines;

    @Inject
    StoredOrganisation childFacts;

    @Inject
    Clock clock;

    /**
     * A submitted case note asks its team's manager for oversight (004: "Notify your PM so that managerial oversight
     * and comments can be added").
     *
     * @throws NoApproverException when the team has nobody to route to: the record goes to the dead-letter topic
     */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestOversight(CaseNoteSubmitted note) {
        String kindId = NoteOversight.forNoteType(note.noteType()).name();
        String subjectId = note.noteId().toString();
        if (requests.exists(kindId, subjectId, note.version())) {
            // The same submission under another event id (a replayed export, say): one request is enough.
            LOG.infof("Oversight of note %s version %d is already requested; ignoring", subjectId, note.version());
            return;
        }
        ApprovalKind kind = catalogued(kindId);
        ManagementLine line = lineOfTeam(note.team());
        String assignee = onTheList(note.childId(), line, note.authorUsername(),
                ApproverRouting.route(line, kind.getDecidedBy(), note.authorUsername()));
        ApprovalRequest request = ApprovalRequest.open(kindId, note.childId(), subjectId, note.version(),
                note.team(), note.authorUsername(), note.authorName(), assignee,
                deadlines.dueDateOf(kind.getTimescaleRule(), subjectId).orElse(null), clock.instant());
        open(request, kind.title() + " requested by " + note.authorName()
                + (request.getDueBy() == null ? "" : ", due by " + request.getDueBy()));
    }

    /**
     * A request to remove factually inaccurate personal information from a finalised note asks the team manager of
     * the child's team (the catalogue's REMOVE_INACCURATE_INFORMATION: a decision on the record's integrity, 001 "Case
     * Record Integrity"). The decider is told what would be removed and why, never the content.
     *
     * @throws NoApproverException when the team has nobody to route to: the record goes to the dead-letter topic
     */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestInformationRemoval(InformationRemovalRequested asked) {
        String kindId = InformationRemovalDecision.REMOVE_INACCURATE_INFORMATION.name();
        if (requests.exists(kindId, asked.removalRequestId().toString(), 1)) {
            LOG.infof("Removal request %s is already routed; ignoring", asked.removalRequestId());
            return;
        }
        ApprovalKind kind = catalogued(kindId);
        ManagementLine line = lineOfTeam(asked.team());
        String assignee = onTheList(asked.childId(), line, asked.requestedBy(),
                ApproverRouting.route(line, kind.getDecidedBy(), asked.requestedBy()));
        ApprovalRequest request = ApprovalRequest.toRemoveInformation(kindId, asked, assignee, clock.instant());
        open(request, kind.title() + " requested by " + asked.requestedByName() + ": "
                + asked.fields().stream().map(NoteContentField::words).collect(Collectors.joining(", "))
                + " of version " + asked.version() + " of a note");
    }

    /**
     * A request from the child's management line to restrict the child's record, or to lift its restriction, asks the
     * head of service of the child's service area (the catalogue's RESTRICT_RECORD; 001 "Restricted Records"). Not
     * rerouted: the head of service decides restrictions whether or not the record is open to them, and sees the
     * request's fields, never the record.
     *
     * @throws NoApproverException when the area has no head of service: the record goes to the dead-letter topic
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestRestriction(RestrictionRequested asked) {
        String kindId = RestrictionDecision.RESTRICT_RECORD.name();
        if (requests.exists(kindId, asked.restrictionRequestId().toString(), 1)) {
            LOG.infof("Restriction request %s is already routed; ignoring", asked.restrictionRequestId());
            return;
        }
        ApprovalKind kind = catalogued(kindId);
        String assignee = ApproverRouting.route(lineOfTeam(asked.team()), kind.getDecidedBy(), asked.requestedBy());
        ApprovalRequest request = ApprovalRequest.toRestrict(kindId, asked, assignee, clock.instant());
        open(request, kind.title() + " (" + asked.restriction() + ") requested by " + asked.requestedByName() + ": "
                + asked.reasons());
    }

    /**
     * A risk alert asked for on a child's record asks the head of service of the child's service area (the
     * catalogue's RISK_ALERT; 001 "Risk Alerts": "only Heads of Service can make the decision for a risk alert to be
     * recorded"). Not rerouted when the record is restricted: only the head of service decides, as for restrictions.
     * Once per alert.
     *
     * @throws NoApproverException when the area has no head of service: the record goes to the dead-letter topic
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestRiskAlert(RiskAlertRequested asked) {
        String kindId = RiskAlertDecision.RISK_ALERT.name();
        if (requests.exists(kindId, asked.riskAlertId().toString(), 1)) {
            LOG.infof("Risk alert %s is already routed; ignoring", asked.riskAlertId());
            return;
        }
        ApprovalKind kind = catalogued(kindId);
        String assignee = ApproverRouting.route(lineOfTeam(asked.team()), kind.getDecidedBy(), asked.requestedBy());
        ApprovalRequest request = ApprovalRequest.toRaiseRiskAlert(kindId, asked, assignee, clock.instant());
        open(request, kind.title() + " (" + asked.type() + ", since " + asked.startedOn() + ") requested by "
                + asked.requestedByName());
    }

    /**
     * A request to roll a child's record back, on the form of 000 with the line manager's comments, asks the head of
     * service of the child's service area (the catalogue's ROLL_BACK: "these can now only be authorised by a Head of
     * Service or higher"). Once per roll-back request; the decider reads the form's fields on the request in
     * case-notes-service, and the summary here names what is rolled back and why.
     *
     * @throws NoApproverException when the area has no head of service: the record goes to the dead-letter topic
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestRollBack(RollBackRequested asked) {
        String kindId = RollBackDecision.ROLL_BACK.name();
        if (requests.exists(kindId, asked.rollBackRequestId().toString(), 1)) {
            LOG.infof("Roll-back request %s is already routed; ignoring", asked.rollBackRequestId());
            return;
        }
        ApprovalKind kind = catalogued(kindId);
        String assignee = ApproverRouting.route(lineOfTeam(asked.team()), kind.getDecidedBy(), asked.requestedBy());
        ApprovalRequest request = ApprovalRequest.open(kindId, asked.childId(), asked.rollBackRequestId().toString(),
                1, asked.team(), asked.requestedBy(), asked.requestedByName(), assignee, null, clock.instant());
        open(request, kind.title() + " to " + asked.rollBackTo() + " (" + asked.steps().size() + " pathway step"
                + (asked.steps().size() == 1 ? "" : "s") + ") requested by " + asked.requestedByName() + ": "
                + asked.reason() + ". Manager's comments (" + asked.managerName() + "): " + asked.managerComments());
    }

    /**
     * A worker sent a pathway step's outcome for authorisation (004 "Completing a C&F Assessment"; DOMAIN.md rule
     * 20): it asks the decider the catalogue names for the step's kind (CF_OUTCOME: the practice manager of the child's
     * team), or someone on the record's list when the record is restricted, as a removal request does. The decider
     * sees the outcome and what it will open before it opens anything. Once per outcome request.
     *
     * @throws NoApproverException when the team has nobody to route to: the record goes to the dead-letter topic
     */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestPathwayOutcome(PathwayOutcomeRequested asked) {
        Optional<PathwayOutcomeDecision> decision = PathwayOutcomeDecision.forStep(PathwayStepKind.valueOf(
                asked.kind()));
        if (decision.isEmpty()) {
            // The contract allows every kind; only those the catalogue decides are sent. Logged, not dead-lettered:
            // nothing here could decide it however often it is retried.
            LOG.warnf("Outcome request %s is for a %s, whose outcomes need no authorisation; ignoring",
                    asked.outcomeRequestId(), asked.kind());
            return;
        }
        String kindId = decision.get().name();
        if (requests.exists(kindId, asked.outcomeRequestId().toString(), 1)) {
            LOG.infof("Outcome request %s is already routed; ignoring", asked.outcomeRequestId());
            return;
        }
        ApprovalKind kind = catalogued(kindId);
        ManagementLine line = lineOfTeam(asked.team());
        String assignee = onTheList(asked.childId(), line, asked.requestedBy(),
                ApproverRouting.route(line, kind.getDecidedBy(), asked.requestedBy()));
        ApprovalRequest request = ApprovalRequest.toAuthoriseOutcome(kindId, asked, assignee, clock.instant());
        open(request, kind.title() + " requested by " + asked.requestedByName() + ": " + asked.outcome()
                + (asked.opens().isEmpty() ? "" : ", opening " + String.join(", ", asked.opens()))
                + (asked.closesCase() ? ", closing the case" : ""));
    }

    /**
     * A worker completed their steps of closing a child's case and asks for the management oversight that decides it
     * (002 s.12 step 3; the catalogue's CASE_CLOSURE: the practice manager of the child's team), or someone on the
     * record's list when the record is restricted, as an outcome request does. The decider's notice carries the
     * closure's reason, the worker's words and the referrer's feedback. Once per closure.
     *
     * @throws NoApproverException when the team has nobody to route to: the record goes to the dead-letter topic
     */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestCaseClosure(CaseClosureRequested asked) {
        String kindId = CaseClosureDecision.CASE_CLOSURE.name();
        if (requests.exists(kindId, asked.closureId().toString(), 1)) {
            LOG.infof("Case closure %s is already routed; ignoring", asked.closureId());
            return;
        }
        ApprovalKind kind = catalogued(kindId);
        ManagementLine line = lineOfTeam(asked.team());
        String assignee = onTheList(asked.childId(), line, asked.requestedBy(),
                ApproverRouting.route(line, kind.getDecidedBy(), asked.requestedBy()));
        ApprovalRequest request = ApprovalRequest.open(kindId, asked.childId(), asked.closureId().toString(), 1,
                asked.team(), asked.requestedBy(), asked.requestedByName(), assignee, null, clock.instant());
        open(request, kind.title() + " requested by " + asked.requestedByName() + " (" + asked.reason() + "): "
                + asked.reasonDetails() + (asked.referrerFeedback() == null ? ""
                        : "; feedback to the referrer: " + asked.referrerFeedback()));
    }

    /**
     * Someone off a restricted record's list was refused it in one of the services: the manager for the child's area
     * hears of it in their inbox (ACCESS-RULES.md "Restricted child"), once per attempt. A child whose team has no
     * manager for the area, or whom this service does not know, alerts nobody, and says so in the log.
     */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void alertRestrictedAccess(RestrictedAccessRefused attempt) {
        Optional<String> recipient = childFacts.child(attempt.childId())
                .flatMap(child -> organisation.lineOf(child.team()))
                .flatMap(RestrictedRecordRouting::managerForArea);
        if (recipient.isEmpty()) {
            LOG.warnf("Refused attempt %s on restricted child %s: no manager for the child's area to alert",
                    attempt.attemptId(), attempt.childId());
            return;
        }
        String who = attempt.fullName() + (attempt.designation().isBlank() ? "" : " (" + attempt.designation()
                + (attempt.team().isBlank() ? "" : ", " + attempt.team()) + ")");
        inbox.alert(recipient.get(), attempt, who + " was refused access to a restricted record in "
                + attempt.service() + " (" + attempt.action() + ") at " + attempt.at());
    }

    /**
     * A child's record was restricted after requests about it were routed: each still pending whose assignee is off
     * the record's list now goes to the team manager, as a new request would ({@link RestrictedRecordRouting}); the
     * one it leaves has its notice marked read, the one it reaches is notified. The requests only the head of service
     * decides stay with them. Applied after the access facts took the restriction (the consumer's handlers, in order).
     */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void rerouteForRestriction(ChildRestrictionChanged changed) {
        for (ApprovalRequest request : requests.pendingOfChild(changed.childId())) {
            if (decidedByTheHeadOfServiceOnItsFields(request)) {
                continue;
            }
            String former = request.getAssignee();
            String assignee = onTheList(request.getChildId(), lineOf(request), request.getRequestedBy(), former);
            if (assignee.equals(former)) {
                continue;
            }
            routing.move(request, assignee, RoutingReason.RECORD_RESTRICTED, RequestRouting.SYSTEM,
                    "the record was restricted and " + former + " is not on its list");
        }
    }

    // A decision about a restricted child routed to someone off its list goes to the team manager (001, rule 9).
    String onTheList(UUID childId, ManagementLine line, String requester, String routed) {
        boolean offList = childFacts.child(childId)
                .map(child -> AccessPolicy.offRestrictedList(routed, child, childFacts)).orElse(false);
        return RestrictedRecordRouting.reroute(routed, offList, line, requester);
    }

    // The request, the assignee's notification and the event, in the transaction of the event that asked.
    void open(ApprovalRequest request, String message) {
        requests.persist(request);
        routing.opened(request, message);
        outbox.publish(request.getChildId().toString(), new ApprovalRequested(request.getId(), request.getKind(),
                request.getChildId(), request.getSubjectId(), request.getTeam(), request.getAssignee(),
                request.getRequestedBy(), request.getCreatedAt()));
    }

    private ApprovalKind catalogued(String kindId) {
        return kinds.find(kindId)
                .orElseThrow(() -> new NoApproverException("decision kind " + kindId + " is not in the catalogue"));
    }

    ManagementLine lineOfTeam(String team) {
        return organisation.lineOf(team).orElseThrow(() -> new NoApproverException(
                "no approver configured for team '" + team + "': the team is not in the organisation model"));
    }

    /** Records the caller's decision on a request and announces it; the owning service applies it. */
    @Transactional
    public ApprovalRequestDto decide(UUID id, DecisionRequest decision) {
        ApprovalRequest request = requests.findForDecision(id)
                .orElseThrow(() -> Problems.notFound("Approval request", id));
        ManagementLine line = lineOf(request);
        String decider = caller.username();
        ApprovalKind kind = kinds.get(request.getKind());
        requireOnTheList(request, decider, "decideApprovalRequest");
        Instant now = clock.instant();
        DecisionRight right = DecisionRights.of(line, kind.getDecidedBy(), request.getAssignee(),
                request.getRequestedBy(), decider, delegations.delegatorsFor(decider, now),
                request.getEscalatedAt() != null);
        access.log(AccessClass.INBOX, request.getChildId(), "decideApprovalRequest", right.allowed(),
                "decision right: " + right.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (right == DecisionRight.SELF_APPROVAL) {
            throw Problems.forbidden("self-approval", "You made this request, so you cannot decide it: "
                    + "nobody approves their own work. It waits for " + request.getAssignee() + ".");
        }
        if (!right.allowed()) {
            throw Problems.forbidden("not-on-management-line", "Only " + request.getAssignee()
                    + " or a manager above them on team " + request.getTeam() + "'s management line as it is now, at "
                    + "or above the " + kind.getDecidedBy().title() + " and senior to the requester, or someone acting "
                    + "for " + request.getAssignee() + " under a delegation running now, may decide this request.");
        }
        if (request.getState().decided()) {
            throw Problems.conflict("already-decided", "This request was already decided (" + request.getState()
                    + ") by " + request.getDecidedByName() + " at " + request.getDecidedAt() + ".");
        }
        DecisionRules.problem(decision.outcome(), decision.comments(), kind.isReasonsRequired()).ifPresent(problem -> {
            throw Problems.invalidFields("The decision is not complete",
                    List.of(FieldViolation.body("comments", problem)));
        });

        // A late decision is recorded all the same, and marked: never shut out (issue 17).
        String actingFor = right == DecisionRight.DELEGATE ? request.getAssignee() : null;
        request.decide(decision.outcome(), decision.comments(), decider, caller.fullName(),
                designation(line, decider), actingFor, now, now.atZone(timescales.zone()).toLocalDate());

        inbox.settle(request);
        // The requester hears of the decision, and so does the assignee when a manager above them decided in their
        // place. In name order: each notification locks its recipient's numbering until commit (V7), and taking the
        // locks in one order keeps two decisions from deadlocking on them.
        String outcome = kind.title() + " " + decision.outcome().name().toLowerCase(Locale.ROOT)
                + " by " + request.getDecidedByName() + " (" + request.getDecidedByDesignation() + ")"
                + (actingFor == null ? "" : ", acting for " + actingFor) + (request.isLate() ? ", late" : "");
        Set<String> recipients = new TreeSet<>(Set.of(request.getRequestedBy()));
        if (!decider.equals(request.getAssignee())) {
            recipients.add(request.getAssignee());
        }
        recipients.forEach(recipient -> inbox.notify(recipient, NotificationType.APPROVAL_DECIDED, request,
                recipient.equals(request.getAssignee()) ? outcome + ", in your place" : outcome));
        outbox.publish(request.getChildId().toString(), new ApprovalDecided(request.getId(), request.getKind(),
                request.getChildId(), request.getSubjectId(), decision.outcome(), request.getComments(), decider,
                request.getDecidedByName(), request.getDecidedByDesignation(), request.getDecidedAt(),
                request.getSubjectVersion(), request.isLate(), actingFor, request.getDetails()));
        return mapper.toDto(request, people);
    }

    /** A request, for those it concerns: its requester, its assignee, and the team's management line. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApprovalRequestDto get(UUID id) {
        return mapper.toDto(concerning(id, "getApprovalRequest"), people);
    }

    /** One page of where a request travelled, first to last, for those the request concerns. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RoutingDto> routing(UUID id, PageQuery query) {
        ApprovalRequest request = concerning(id, "getApprovalRequestRouting");
        return Pagination.page(routings.ofRequest(request.getId(), query), query,
                routing -> PageCursor.of(routing.getRoutedAt(), routing.getId()),
                shown -> mapper.toRoutingDtos(shown, people));
    }

    // Its requester, its assignee (or someone acting for them) and the team's line; everyone else is refused, logged.
    ApprovalRequest concerning(UUID id, String action) {
        ApprovalRequest request = requests.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("Approval request", id));
        String me = caller.username();
        requireOnTheList(request, me, action);
        boolean concerned = me.equals(request.getRequestedBy()) || me.equals(request.getAssignee())
                || lineOf(request).postOf(me).isPresent()
                || delegations.delegatorsFor(me, clock.instant()).contains(request.getAssignee());
        access.log(AccessClass.INBOX, request.getChildId(), action, concerned,
                concerned ? "requester, assignee (or acting for them) or on the team's management line"
                        : "not concerned by the request");
        if (!concerned) {
            throw Problems.forbidden("not-concerned", "This request is not yours, not routed to you, and not on "
                    + "your management line.");
        }
        return request;
    }

    /**
     * The requests only the head of service decides, on the request's own fields rather than the record: a
     * restriction (001 "Restricted Records"), a risk alert (001 "Risk Alerts") and a roll-back (000). They stay with
     * the head of service when the record is restricted.
     */
    private static boolean decidedByTheHeadOfServiceOnItsFields(ApprovalRequest request) {
        return RestrictionDecision.covers(request.getKind()) || RiskAlertDecision.covers(request.getKind())
                || RollBackDecision.covers(request.getKind());
    }

    // A decision about a restricted child is closed to those off its list, managers above the team manager included
    // (DOMAIN.md rule 9), but for the deciders of the requests only the head of service decides on their fields:
    // the head of service (and whoever it was routed to) decides those without the record.
    private void requireOnTheList(ApprovalRequest request, String username, String action) {
        boolean decidesRestriction = decidedByTheHeadOfServiceOnItsFields(request)
                && (username.equals(request.getAssignee()) || lineOf(request).postOf(username)
                .filter(post -> post == ManagementRole.HEAD_OF_SERVICE).isPresent());
        if (decidesRestriction) {
            return;
        }
        boolean offList = childFacts.child(request.getChildId())
                .map(child -> AccessPolicy.offRestrictedList(username, child, childFacts)).orElse(false);
        if (offList) {
            String basis = "restricted record: not on its list";
            access.log(AccessClass.INBOX, request.getChildId(), action, false, basis);
            throw Problems.accessRefused("You have no access to this child's data (" + basis
                    + "). The attempt is logged.");
        }
    }

    ManagementLine lineOf(ApprovalRequest request) {
        // A team since removed from the model has no line: only the assignee may then decide.
        return organisation.lineOf(request.getTeam())
                .orElseGet(() -> ManagementLine.of(request.getTeam(), null, null, null, null));
    }

    // The designation on the token is what the record shows; the post on the line stands in if the token has none.
    private String designation(ManagementLine line, String decider) {
        String fromToken = caller.designation();
        if (!fromToken.isBlank()) {
            return fromToken;
        }
        return line.postOf(decider).map(ManagementRole::title).orElse("Manager");
    }
}
