package io.casework.approvals.service;

import io.casework.approvals.domain.DelegationRules;
import io.casework.approvals.domain.ManagementRole;
import io.casework.approvals.mapping.DelegationMapper;
import io.casework.approvals.mapping.People;
import io.casework.approvals.repository.Delegation;
import io.casework.approvals.repository.DelegationRepository;
import io.casework.approvals.repository.Staff;
import io.casework.approvals.repository.StaffRepository;
import io.casework.approvals.rest.dto.DelegationDto;
import io.casework.approvals.rest.dto.DelegationRequest;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Acting up and delegation during absence (issue 17): recorded explicitly, for a stated time, by the absent approver,
 * the person who supervises them or an administrator. While one runs, the delegate sees what waits for the delegator
 * in their own inbox, is notified of what reaches the delegator, and may decide it in the delegator's place; the
 * decision names both.
 */
@ApplicationScoped
public class DelegationService {

    @Inject
    DelegationRepository delegations;

    @Inject
    StaffRepository staff;

    @Inject
    DelegationMapper mapper;

    @Inject
    People people;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public DelegationDto record(DelegationRequest request) {
        Instant now = clock.instant();
        Optional<Staff> delegator = staff.current(request.delegator());
        List<FieldViolation> violations = new ArrayList<>();
        if (delegator.isEmpty()) {
            violations.add(FieldViolation.body("delegator", "no current member of staff '" + request.delegator()
                    + "'"));
        }
        if (staff.current(request.delegate()).isEmpty()) {
            violations.add(FieldViolation.body("delegate", "no current member of staff '" + request.delegate()
                    + "'"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalidFields("A delegation is between two current members of staff", violations);
        }
        DelegationRules.refusalToRecord(caller.username(), request.delegator(), delegator.get().getSupervisor(),
                caller.hasRole(Roles.ADMINISTRATOR)).ifPresent(refusal -> {
                    throw Problems.forbidden("delegation-refused", refusal);
                });
        violations.addAll(DelegationRules.problems(request.delegator(), request.delegate(),
                ManagementRole.of(delegator.get().getPost()).isPresent(), request.startsAt(), request.endsAt(), now));
        if (!violations.isEmpty()) {
            throw Problems.invalidFields("The delegation cannot be recorded", violations);
        }
        Delegation delegation = Delegation.record(request.delegator(), request.delegate(), request.startsAt(),
                request.endsAt(), request.reason(), caller.username(), now);
        delegations.persist(delegation);
        return mapper.toDto(delegation, people, now);
    }

    /** One page of the delegations the caller gives or holds, latest start first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DelegationDto> mine(PageQuery query) {
        Instant now = clock.instant();
        return Pagination.page(delegations.involving(caller.username(), query), query,
                delegation -> PageCursor.of(delegation.getStartsAt(), delegation.getId()),
                shown -> mapper.toDtos(shown, people, now));
    }

    /** A delegation, for those it concerns: its delegator, its delegate, who recorded it, and administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DelegationDto get(UUID id) {
        return mapper.toDto(concerning(id), people, clock.instant());
    }

    /** Ends a delegation early: the delegator is back. Ending one already over changes nothing. */
    @Transactional
    public DelegationDto end(UUID id) {
        Delegation delegation = concerning(id);
        Instant now = clock.instant();
        delegation.end(caller.username(), now);
        return mapper.toDto(delegation, people, now);
    }

    // Someone it does not concern is answered as if it did not exist: its id reveals nothing.
    private Delegation concerning(UUID id) {
        String me = caller.username();
        return delegations.findByIdOptional(id)
                .filter(d -> me.equals(d.getDelegator()) || me.equals(d.getDelegate()) || me.equals(d.getRecordedBy())
                        || caller.hasRole(Roles.ADMINISTRATOR))
                .orElseThrow(() -> Problems.notFound("Delegation", id));
    }
}
