package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.Restriction;
import io.casework.backbone.access.enforce.AccessingPerson;
import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.access.readmodel.OrgTeam;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.security.Caller;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.casenotes.domain.record.RecordChangeKind;
import io.casework.casenotes.domain.record.RecordRules;
import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.mapping.ChildEventMapper;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChildRecordChangeRepository;
import io.casework.casenotes.rest.dto.BirthRequest;
import io.casework.casenotes.rest.dto.ChildDetailsRequest;
import io.casework.casenotes.rest.dto.ChildDto;
import io.casework.casenotes.rest.dto.RecordChangeDto;
import io.casework.casenotes.rest.dto.RestrictionDto;
import io.casework.casenotes.rest.dto.RestrictionRequest;
import io.casework.casenotes.rest.dto.TransferRequest;
import io.casework.contracts.events.ChildRestrictionChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The child's record as it changes over time and keeps its history (002 s.5): details corrected or completed, the
 * birth of an unborn child (002 s.6), the transfer of the case to another team, the restriction of the record (001
 * "Restricted Records"); and the histories themselves. Each
 * change is made from the version the worker read (If-Match), kept with who, when and why, and announced.
 */
@ApplicationScoped
public class ChildRecordService {

    @Inject
    ChildService children;

    @Inject
    ChildRecordChangeRepository changes;

    @Inject
    RecordAccess access;

    @Inject
    RecordHistory history;

    @Inject
    StoredOrganisation organisation;

    @Inject
    CaseRecordMapper mapper;

    @Inject
    ChildEventMapper events;

    @Inject
    Outbox outbox;

    @Inject
    AccessReadModel accessFacts;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The details are corrected or completed, as the request now has them, for the reason it gives. */
    @Transactional
    public ChildDto updateDetails(UUID id, ChildDetailsRequest request, String ifMatch) {
        Child child = children.find(id);
        access.require(child, AccessClass.RECORD_WRITE, "updateChildDetails");
        ChildService.requireValid(RecordRules.problems(request.details(), child.isUnborn(), child.getPlanStartDate(),
                LocalDate.now(clock)), "The child's details cannot be right");
        Preconditions.requireCurrent(ifMatch, child.getVersion(), "child's record");
        List<FieldChange> changed = child.correct(request.details());
        if (changed.isEmpty()) {
            return mapper.toDto(child, organisation);
        }
        Instant at = history.keep(child, RecordChangeKind.DETAILS_CHANGED, changed, request.reason());
        outbox.publish(child.getId().toString(), events.detailsChanged(child, changed, caller.username(), at));
        return mapper.toDto(child, organisation);
    }

    /**
     * The unborn child was born (002 s.6): the record becomes a born child's, and the expected date of birth it had
     * stays in its history.
     */
    @Transactional
    public ChildDto recordBirth(UUID id, BirthRequest request, String ifMatch) {
        Child child = children.find(id);
        access.require(child, AccessClass.RECORD_WRITE, "recordBirth");
        if (!child.isUnborn()) {
            throw Problems.conflict("already-born", "This child's birth is recorded already. To correct the date of "
                    + "birth or another detail, change the details (PUT /children/" + id + "/details) with the "
                    + "reason.");
        }
        ChildService.requireValid(RecordRules.birthProblems(request.dateOfBirth(),
                LocalDate.ofInstant(child.getRegisteredAt(), clock.getZone()), LocalDate.now(clock)),
                "The date of birth cannot be right");
        Preconditions.requireCurrent(ifMatch, child.getVersion(), "child's record");
        LocalDate expected = child.getExpectedDateOfBirth();
        List<FieldChange> changed = child.recordBirth(request.birth());
        Instant at = history.keep(child, RecordChangeKind.BORN, changed, null);
        outbox.publish(child.getId().toString(), events.born(child, expected, caller.username(), at));
        return mapper.toDto(child, organisation);
    }

    /**
     * The case moves to another team, to a worker of that team, for the reason given: the team and the worker's post
     * as the organisation model holds them now.
     */
    @Transactional
    public ChildDto transfer(UUID id, TransferRequest request, String ifMatch) {
        Child child = children.find(id);
        access.require(child, AccessClass.RECORD_MANAGE, "transferChild");
        if (OrgTeam.findById(request.team()) == null) {
            throw Problems.invalidFields("The case moves to a team of the organisation model",
                    List.of(FieldViolation.body("team", "no team " + request.team() + " in the organisation model")));
        }
        if (request.team().equals(child.getTeam())) {
            throw Problems.invalidFields("A transfer moves the case to another team",
                    List.of(FieldViolation.body("team", "the case is in team " + request.team() + " already: "
                            + "re-allocate it within the team (PUT /children/" + id + "/allocation)")));
        }
        children.requireCaseHolder("allocatedWorker", request.allocatedWorker(), request.team());
        Preconditions.requireCurrent(ifMatch, child.getVersion(), "child's record");
        return children.moveCase(child, request.team(), request.allocatedWorker(), request.reason());
    }

    /**
     * The head of service of the child's service area restricts the record or lifts the restriction, for the reason
     * given (001 "Restricted Records", DOMAIN.md rule 9). The access facts change in the same transaction, so that
     * from the commit on only the restriction's list has any access here; the other services follow the event.
     * Deciding what the record is already changes nothing.
     */
    @Transactional
    public RestrictionDto restrict(UUID id, RestrictionRequest request, String ifMatch) {
        Child child = children.find(id);
        access.requireHeadOfService(child, AccessClass.RECORD_MANAGE, "restrictChildRecord");
        Preconditions.requireCurrent(ifMatch, child.getVersion(), "child's record");
        decideRestriction(child, request.restriction(), request.reason(), access.accessingPerson());
        return restrictionOf(child);
    }

    /**
     * Restricts the record (or lifts its restriction) on a decision made elsewhere than {@link #restrict}: the head of
     * service's approval of a restriction request (decided in approvals-service), and the restriction to ADOPTION
     * when matching is recorded on the pathway (001 "Restricted Records": "Adoption records will be restricted at the
     * point of matching"). The caller has established the decider's right; this keeps the
     * decision exactly as the head of service's own: a RESTRICTION_CHANGED change on the record's chained history
     * with {@code decider} and {@code reason}, the access facts changed in this transaction, the event published.
     * Deciding what the record is already changes nothing.
     *
     * @return whether the record's restriction changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean decideRestriction(Child child, Restriction to, String reason, AccessingPerson decider) {
        Restriction previous = child.getRestriction();
        List<FieldChange> changed = child.restrict(to);
        if (changed.isEmpty()) {
            return false;
        }
        Instant at = history.keep(child, RecordChangeKind.RESTRICTION_CHANGED, changed, reason, decider);
        ChildRestrictionChanged decided = events.restrictionChanged(child, previous, decider.username(), at);
        accessFacts.restrictionChanged(decided);
        outbox.publish(child.getId().toString(), decided);
        return true;
    }

    /**
     * The record's restriction and the last decision on it: for those the access table lets read the record (on a
     * restricted record, the restriction's list) and, on a restricted record, the head of service of the child's
     * service area, who decided it and sees the decision, not the record.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestrictionDto restriction(UUID id) {
        Child child = children.find(id);
        if (child.getRestriction() != Restriction.NONE && access.isHeadOfServiceOf(child)) {
            access.requireHeadOfService(child, AccessClass.RECORD_READ, "getChildRecordRestriction");
        } else {
            access.require(child, AccessClass.RECORD_READ, "getChildRecordRestriction");
        }
        return restrictionOf(child);
    }

    private RestrictionDto restrictionOf(Child child) {
        return mapper.toRestrictionDto(child, changes.newest(child.getId(), RecordChangeKind.RESTRICTIONS)
                .orElse(null));
    }

    /** The record's changes of these kinds, newest first, a page at a time; the read is logged as {@code action}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RecordChangeDto> history(UUID id, Set<RecordChangeKind> kinds, String action, PageQuery page) {
        Child child = children.find(id);
        access.require(child, AccessClass.RECORD_READ, action);
        return Pagination.page(changes.newestFirst(id, kinds, page), page, ChildRecordChangeRepository::cursorOf,
                rows -> rows.stream().map(mapper::toDto).toList());
    }
}
