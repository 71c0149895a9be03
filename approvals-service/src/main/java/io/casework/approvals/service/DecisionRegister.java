package io.casework.approvals.service;

import io.casework.approvals.mapping.ApprovalMapper;
import io.casework.approvals.mapping.People;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Every decision on a child's record in one place (issue 17): those asked for and routed, pending or decided, and those
 * a manager made within their own authority. Part of the child's record, so read under the access table like it.
 */
@ApplicationScoped
public class DecisionRegister {

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    ChildAccess access;

    @Inject
    ApprovalMapper mapper;

    @Inject
    People people;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApprovalRequestDto> ofChild(UUID childId, PageQuery query) {
        access.require(AccessClass.RECORD_READ, childId, "listChildDecisions");
        return Pagination.page(requests.ofChild(childId, query), query,
                request -> PageCursor.of(request.getCreatedAt(), request.getId()),
                shown -> mapper.toDtos(shown, people));
    }
}
