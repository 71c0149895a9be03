package io.casework.deadlines.mapping;

import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Person;
import io.casework.contracts.events.DeadlineMet;
import io.casework.contracts.events.DeadlineOpened;
import io.casework.deadlines.domain.Countdown;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.rest.dto.DeadlineDto;
import io.casework.deadlines.rest.dto.WorktrayItemDto;
import io.casework.deadlines.rest.dto.WorktrayReason;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

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

    @Mapping(target = "deadlineId", source = "id")
    DeadlineOpened toOpened(Deadline deadline);

    @Mapping(target = "deadlineId", source = "id")
    DeadlineMet toMet(Deadline deadline);

    default Person person(String username, @Context StoredOrganisation organisation) {
        return organisation.person(username);
    }
}
