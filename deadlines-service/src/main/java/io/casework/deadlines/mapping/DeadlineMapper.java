package io.casework.deadlines.mapping;

import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Person;
import io.casework.contracts.events.DeadlineBreached;
import io.casework.contracts.events.DeadlineEscalated;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.DeadlineMet;
import io.casework.contracts.events.DeadlineOpened;
import io.casework.deadlines.domain.Countdown;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineChange;
import io.casework.deadlines.rest.dto.DeadlineChangeDto;
import io.casework.deadlines.rest.dto.DeadlineDto;
import io.casework.deadlines.rest.dto.WorktrayItemDto;
import io.casework.deadlines.rest.dto.WorktrayReason;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Deadlines onto the wire: REST DTOs and the payloads of the events this service publishes. On the REST side the
 * assignee, known here by username, goes out as the person the organisation read model names; events keep the
 * username (events are a contract of their own).
 */
@Mapper
public interface DeadlineMapper {

    /** {@code countdown} is null for a met deadline: it no longer counts down. */
    DeadlineDto toDto(Deadline deadline, Countdown countdown, @Context StoredOrganisation organisation);

    @Mapping(target = "id", source = "deadline.id")
    @Mapping(target = "detailsWithheld", constant = "false")
    WorktrayItemDto toWorktrayItem(Deadline deadline, Countdown countdown, WorktrayReason reason,
            @Context StoredOrganisation organisation);

    DeadlineChangeDto toChangeDto(DeadlineChange change, @Context StoredOrganisation organisation);

    @Mapping(target = "deadlineId", source = "id")
    DeadlineOpened toOpened(Deadline deadline);

    @Mapping(target = "deadlineId", source = "id")
    DeadlineMet toMet(Deadline deadline);

    /** {@code owner}: the rule's role the deadline belongs to, or null when its rule names none. */
    @Mapping(target = "deadlineId", source = "deadline.id")
    DeadlineBreached toBreached(Deadline deadline, String owner);

    @Mapping(target = "deadlineId", source = "deadline.id")
    DeadlineEscalated toEscalated(Deadline deadline, int step, String role, Instant escalatedAt);

    /** {@code approvalRequestId}: the worker's request the manager approved; null for the manager's own extension. */
    @Mapping(target = "deadlineId", source = "deadline.id")
    @Mapping(target = "dueDate", source = "deadline.dueDate")
    DeadlineExtended toExtended(Deadline deadline, LocalDate previousDueDate, String extendedBy, String reason,
                                Instant extendedAt, UUID approvalRequestId);

    default Person person(String username, @Context StoredOrganisation organisation) {
        return organisation.person(username);
    }
}
