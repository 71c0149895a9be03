package io.casework.deadlines.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.security.Caller;
import io.casework.deadlines.domain.ExtensionRefusal;
import io.casework.deadlines.mapping.DeadlineMapper;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineChange;
import io.casework.deadlines.repository.DeadlineChangeRepository;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.deadlines.rest.dto.DeadlineChangeDto;
import io.casework.deadlines.rest.dto.ExtendDeadlineRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * A deadline's history, and a manager's extension of it (issue 15: "who extended it, when, why, with which
 * approval").
 */
@ApplicationScoped
public class DeadlineChangeService {

    /** The cause an extension's history line gives. */
    static final String EXTENSION = "extension";

    @Inject
    DeadlineRepository deadlines;

    @Inject
    DeadlineChangeRepository changes;

    @Inject
    DeadlineExtensions extensions;

    @Inject
    DeadlineMapper mapper;

    @Inject
    ChildAccess access;

    @Inject
    Caller caller;

    @Inject
    StoredOrganisation organisation;

    /** One page of the deadline's history, oldest first, for those who may read the child's record; logged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeadlineChangeDto> history(UUID deadlineId, PageQuery page) {
        Deadline deadline = deadlines.findByIdOptional(deadlineId)
                .orElseThrow(() -> Problems.notFound("deadline", deadlineId));
        access.require(AccessClass.RECORD_READ, deadline.getChildId(), "getDeadlineHistory");
        return Pagination.page(changes.of(deadlineId, page), page, DeadlineChangeRepository::cursorOf,
                rows -> rows.stream().map(line -> mapper.toChangeDto(line, organisation)).toList());
    }

    /**
     * A manager of the child's record (record.manage: the team's practice or team manager) gives an open deadline a
     * later due date, saying why. Their post is the approval, recorded with who, when and why; a breach of the old
     * due date no longer stands. Announced as casework.deadlines.deadline-extended.
     */
    @Transactional
    public DeadlineChangeDto extend(UUID deadlineId, ExtendDeadlineRequest request) {
        Deadline deadline = deadlines.findByIdOptional(deadlineId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("deadline", deadlineId));
        access.require(AccessClass.RECORD_MANAGE, deadline.getChildId(), "extendDeadline");
        deadline.refusalToExtend(request.dueDate()).ifPresent(refusal -> {
            throw refusal == ExtensionRefusal.NOT_OPEN
                    ? Problems.conflict("deadline-not-open", "Only an open deadline can be extended; this one is "
                            + deadline.getState())
                    : Problems.badRequest("extension-not-later", "An extension's due date must be after the current "
                            + "one, " + deadline.getDueDate());
        });
        DeadlineChange line = extensions.extend(deadline, new DeadlineExtensions.Extension(request.dueDate(),
                request.reason(), caller.username(), caller.designation(), EXTENSION, null));
        return mapper.toChangeDto(line, organisation);
    }

    /** A replayed extension shows the deadline's history line again: only to whoever may still extend it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReplay(UUID deadlineId) {
        deadlines.findByIdOptional(deadlineId).ifPresent(deadline ->
                access.require(AccessClass.RECORD_MANAGE, deadline.getChildId(), "extendDeadline"));
    }
}
