package io.casework.approvals.service;

import io.casework.approvals.domain.ApprovalKind;
import io.casework.approvals.domain.ApproverRouting;
import io.casework.approvals.domain.AskRights;
import io.casework.approvals.domain.ManagementLine;
import io.casework.approvals.domain.NoApproverException;
import io.casework.approvals.domain.RequestState;
import io.casework.approvals.mapping.ApprovalMapper;
import io.casework.approvals.mapping.People;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.approvals.repository.Staff;
import io.casework.approvals.repository.StaffRepository;
import io.casework.approvals.rest.dto.ApprovalAsk;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.security.Caller;
import io.casework.contracts.DirectDecision;
import io.casework.timescales.ApprovalScope;
import io.casework.timescales.RequestChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Requests asked through the API (issue 17: "through REST where no service owns the subject"): records taken off site
 * (002 s.11), and the deadline extensions and C&F priority changes a worker asks of their manager (004), which the
 * owning service applies once approved. The kind's catalogue entry says who may ask and which fields the request
 * carries; the request is routed like any other, and a bad one changes nothing.
 */
@ApplicationScoped
public class AskedRequests {

    /** The one kind asked here whose subject is the request itself: no other service holds a paper record. */
    static final String RECORD_OFF_SITE = "RECORD_OFF_SITE";

    @Inject
    ApprovalCatalogue kinds;

    @Inject
    ApprovalService approvals;

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    StaffRepository staff;

    @Inject
    StoredOrganisation organisation;

    @Inject
    ChildAccess access;

    @Inject
    ApprovalMapper mapper;

    @Inject
    People people;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public ApprovalRequestDto ask(ApprovalAsk ask) {
        UUID childId = UUID.fromString(ask.childId());
        ChildFacts child = organisation.child(childId).orElseThrow(() -> Problems.notFound("child", childId));
        // Asking for a decision is recording on the child's record (ACCESS-RULES record.write): checked first, so that
        // what the request says is looked at only for those who may make it. The catalogue's askedBy narrows it below.
        access.require(AccessClass.RECORD_WRITE, child, "requestApproval");
        ApprovalKind kind = kinds.find(ask.kind())
                .filter(k -> k.type().requestedThrough() == RequestChannel.REST)
                .orElseThrow(() -> Problems.invalidFields("This kind of decision is not asked for through this API",
                        List.of(FieldViolation.body("kind", "must be a kind the catalogue has asked through the API "
                                + "(requestedThrough REST): " + restKinds()))));
        List<FieldViolation> violations = new ArrayList<>();
        kind.type().fieldProblems(ask.fields()).forEach(problem -> violations.add(
                FieldViolation.body("fields." + problem.field(), problem.message())));
        boolean ownedElsewhere = DirectDecision.covers(kind.getKind());
        if (ownedElsewhere && (ask.subjectId() == null || ask.subjectId().isBlank())) {
            violations.add(FieldViolation.body("subjectId", "is required for " + kind.getKind() + ": the id of what "
                    + "is to be decided, in the service that holds it"));
        }
        if (!ownedElsewhere && ask.subjectId() != null) {
            violations.add(FieldViolation.body("subjectId", "must be absent for " + kind.getKind()
                    + ": the request itself is what is decided"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalidFields("The request is not complete", violations);
        }
        String me = caller.username();
        Staff asker = staff.current(me).orElseThrow(() -> Problems.forbidden("not-staff",
                "Only a member of staff asks for a decision."));
        ManagementLine childLine = approvals.lineOfTeam(child.team());
        boolean mayAsk = AskRights.mayAsk(kind.type().askedBy(), me.equals(child.allocatedWorker()),
                child.team().equals(asker.getTeam()), childLine.postOf(me).isPresent());
        if (!mayAsk) {
            throw Problems.forbidden("may-not-ask", "The catalogue lets " + kind.type().askedBy() + " ask for "
                    + kind.title().toLowerCase(Locale.ROOT) + " on this child's record.");
        }
        // A request on the asker's own line (records they take off site) goes up their team's line; the rest up the
        // child's team's.
        String team = kind.type().scope() == ApprovalScope.LINE_MANAGER && asker.getTeam() != null
                ? asker.getTeam() : child.team();
        ManagementLine line = approvals.lineOfTeam(team);
        String assignee;
        try {
            assignee = approvals.onTheList(childId, line, me, ApproverRouting.route(line, kind.getDecidedBy(), me));
        } catch (NoApproverException nobody) {
            throw Problems.conflict("no-approver", nobody.getMessage());
        }
        Instant now = clock.instant();
        // Asked again after a return, the same subject is a new version of the request.
        String subjectId = ownedElsewhere ? ask.subjectId() : null;
        int version = subjectId == null ? 1 : requests.nextVersion(kind.getKind(), subjectId);
        ApprovalRequest request = ApprovalRequest.asked(kind.getKind(), childId, subjectId, version, team, me,
                caller.fullName(), assignee, ask.fields(), now);
        approvals.open(request, kind.title() + " requested by " + caller.fullName());
        return mapper.toDto(request, people);
    }

    /**
     * A record taken off site is back (002 s.11): said by those the request concerns (its requester, whoever it was
     * routed to, the team's line), as they may read it.
     */
    @Transactional
    public ApprovalRequestDto recordReturn(UUID id) {
        ApprovalRequest request = approvals.concerning(id, "recordOffSiteReturn");
        if (!RECORD_OFF_SITE.equals(request.getKind()) || request.getState() != RequestState.APPROVED) {
            throw Problems.conflict("not-off-site", "Only an approved record taken off site can be returned.");
        }
        request.recordReturn(caller.username(), clock.instant());
        return mapper.toDto(request, people);
    }

    private String restKinds() {
        return String.join(", ", kinds.all().stream()
                .filter(k -> k.type().requestedThrough() == RequestChannel.REST).map(ApprovalKind::getKind).toList());
    }
}
