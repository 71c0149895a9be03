package io.casework.deadlines.mapping;

import io.casework.contracts.events.DeadlineMet;
import io.casework.contracts.events.DeadlineOpened;
import io.casework.deadlines.domain.Countdown;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.rest.dto.DeadlineView;
import io.casework.deadlines.rest.dto.WorktrayItem;
import io.casework.deadlines.rest.dto.WorktrayReason;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Deadlines onto the wire: REST views and the payloads of the events this service publishes. */
@Mapper
public interface DeadlineMapper {

    /** {@code countdown} is null for a met deadline: it no longer counts down. */
    DeadlineView toView(Deadline deadline, Countdown countdown);

    @Mapping(target = "deadlineId", source = "deadline.id")
    WorktrayItem toWorktrayItem(Deadline deadline, Countdown countdown, WorktrayReason reason);

    @Mapping(target = "deadlineId", source = "id")
    DeadlineOpened toOpened(Deadline deadline);

    @Mapping(target = "deadlineId", source = "id")
    DeadlineMet toMet(Deadline deadline);
}
