package io.casework.approvals.service;

import io.casework.approvals.domain.ApproverRouting;
import io.casework.approvals.domain.DecisionRight;
import io.casework.approvals.domain.DecisionRights;
import io.casework.approvals.domain.DecisionRules;
import io.casework.approvals.domain.ManagementLine;
import io.casework.approvals.domain.ManagementRole;
import io.casework.approvals.domain.NoApproverException;
import io.casework.approvals.domain.RequestState;
import io.casework.approvals.mapping.ApprovalMapper;
import io.casework.approvals.mapping.People;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.approvals.repository.DecisionKind;
import io.casework.approvals.repository.DecisionKindRepository;
import io.casework.approvals.repository.Notification;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.rest.dto.DecisionRequest;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.security.Caller;
import io.casework.backbone.timescales.TimescalesConfig;
import io.casework.contracts.NoteOversight;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ApprovalRequested;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.timescales.RuleSet;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Opens approval requests and records decisions. Each state change, its inbox notification and its event (through
 * the outbox) are written in one transaction.
 */
@ApplicationScoped
public class ApprovalService {

    private static final Logger LOG = Logger.getLogger(ApprovalService.class);
    /** Working days are English days: a note submitted late on a Friday evening in London was submitted on Friday. */

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    DecisionKindRepository kinds;

    @Inject
    OrganisationService organisation;

    @Inject
    InboxService inbox;

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

    @Inject
    RuleSet ruleSet;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    TimescalesConfig timescales;

    /**
     * A submitted case note asks its team's manager for oversight (004: "Notify your PM so that managerial oversight
     * and comments can be added").
     *
     * @throws NoApproverException when the team has nobody to route to: the record goes to the dead-letter topic
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestOversight(CaseNoteSubmitted note) {
        String kindId = NoteOversight.forNoteType(note.noteType()).name();
        String subjectId = note.noteId().toString();
        if (requests.exists(kindId, subjectId, note.version())) {
            // The same submission under another event id (a replayed export, say): one request is enough.
            LOG.infof("Oversight of note %s version %d is already requested; ignoring", subjectId, note.version());
            return;
        }
        DecisionKind kind = kinds.findByIdOptional(kindId)
                .orElseThrow(() -> new NoApproverException("decision kind " + kindId + " is not in the catalogue"));
        ManagementLine line = organisation.lineOf(note.team()).orElseThrow(() -> new NoApproverException(
                "no approver configured for team '" + note.team() + "': the team is not in the organisation model"));
        String assignee = ApproverRouting.route(line, kind.decidedBy, note.authorUsername());

        ApprovalRequest request = new ApprovalRequest();
        request.id = UUID.randomUUID();
        request.kind = kindId;
        request.childId = note.childId();
        request.subjectId = subjectId;
        request.subjectVersion = note.version();
        request.team = note.team();
        request.requestedBy = note.authorUsername();
        request.requesterName = note.authorName();
        request.assignee = assignee;
        request.state = RequestState.PENDING;
        request.createdAt = Instant.now();
        request.dueBy = dueBy(kind, note.submittedAt()).orElse(null);
        requests.persist(request);

        inbox.notify(assignee, Notification.Type.APPROVAL_REQUESTED, request,
                describe(kind) + " requested by " + note.authorName()
                        + (request.dueBy == null ? "" : ", due by " + request.dueBy));
        outbox.publish(note.childId().toString(), new ApprovalRequested(request.id, kindId, request.childId,
                subjectId, request.team, assignee, request.requestedBy, request.createdAt));
    }

    /** Records the caller's decision on a request and announces it; the owning service applies it. */
    @Transactional
    public ApprovalRequestDto decide(UUID id, DecisionRequest decision) {
        ApprovalRequest request = requests.findForDecision(id)
                .orElseThrow(() -> Problems.notFound("Approval request", id));
        ManagementLine line = lineOf(request);
        String decider = caller.username();
        DecisionKind kind = kinds.findById(request.kind);
        DecisionRight right = DecisionRights.of(line, kind.decidedBy, request.assignee, request.requestedBy, decider);
        access.log(AccessClass.INBOX, request.childId, "decideApprovalRequest", right.allowed(),
                "decision right: " + right.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (right == DecisionRight.SELF_APPROVAL) {
            throw Problems.forbidden("self-approval", "You made this request, so you cannot decide it: "
                    + "nobody approves their own work. It waits for " + request.assignee + ".");
        }
        if (!right.allowed()) {
            throw Problems.forbidden("not-on-management-line", "Only " + request.assignee
                    + " or a manager above them on team " + request.team + "'s management line as it is now, at or "
                    + "above the " + kind.decidedBy.title() + " and senior to the requester, may decide this request.");
        }
        if (request.state.decided()) {
            throw Problems.conflict("already-decided", "This request was already decided ("
                    + request.state + ") by " + request.decidedByName + " at " + request.decidedAt + ".");
        }
        DecisionRules.problem(decision.outcome(), decision.comments()).ifPresent(problem -> {
            throw Problems.badRequest("decision-invalid", problem);
        });

        request.state = RequestState.after(decision.outcome());
        request.comments = decision.comments() == null ? "" : decision.comments().strip();
        request.decidedBy = decider;
        request.decidedByName = caller.fullName();
        request.decidedByDesignation = designation(line, decider);
        request.decidedAt = Instant.now();

        inbox.settle(request);
        // The requester hears of the decision, and so does the assignee when a manager above them decided in their
        // place. In name order: each notification locks its recipient's numbering until commit (V7), and taking the
        // locks in one order keeps two decisions from deadlocking on them.
        String outcome = describe(kind) + " " + decision.outcome().name().toLowerCase(Locale.ROOT)
                + " by " + request.decidedByName + " (" + request.decidedByDesignation + ")";
        Set<String> recipients = new TreeSet<>(Set.of(request.requestedBy));
        if (!decider.equals(request.assignee)) {
            recipients.add(request.assignee);
        }
        recipients.forEach(recipient -> inbox.notify(recipient, Notification.Type.APPROVAL_DECIDED, request,
                recipient.equals(request.assignee) ? outcome + ", in your place" : outcome));
        outbox.publish(request.childId.toString(), new ApprovalDecided(request.id, request.kind, request.childId,
                request.subjectId, decision.outcome(), request.comments, decider, request.decidedByName,
                request.decidedByDesignation, request.decidedAt));
        return mapper.toDto(request, people);
    }

    /** A request, for those it concerns: its requester, its assignee, and the team's management line. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApprovalRequestDto get(UUID id) {
        ApprovalRequest request = requests.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("Approval request", id));
        String me = caller.username();
        boolean concerned = me.equals(request.requestedBy) || me.equals(request.assignee)
                || lineOf(request).postOf(me).isPresent();
        access.log(AccessClass.INBOX, request.childId, "getApprovalRequest", concerned,
                concerned ? "requester, assignee or on the team's management line" : "not concerned by the request");
        if (!concerned) {
            throw Problems.forbidden("not-concerned", "This request is not yours, not routed to you, and not on "
                    + "your management line.");
        }
        return mapper.toDto(request, people);
    }

    private ManagementLine lineOf(ApprovalRequest request) {
        // A team since removed from the model has no line: only the assignee may then decide.
        return organisation.lineOf(request.team).orElseGet(() -> ManagementLine.of(request.team, null, null, null, null));
    }

    // The designation on the token is what the record shows; the post on the line stands in if the token has none.
    private String designation(ManagementLine line, String decider) {
        String fromToken = caller.designation();
        if (!fromToken.isBlank()) {
            return fromToken;
        }
        return line.postOf(decider).map(ManagementRole::title).orElse("Manager");
    }

    private Optional<LocalDate> dueBy(DecisionKind kind, Instant submittedAt) {
        if (kind.timescaleRule == null) {
            return Optional.empty();
        }
        LocalDate submitted = LocalDate.ofInstant(submittedAt, timescales.zone());
        return ruleSet.findRule(kind.timescaleRule).map(rule -> rule.dueDate(submitted, calendar));
    }

    private static String describe(DecisionKind kind) {
        String words = kind.kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
