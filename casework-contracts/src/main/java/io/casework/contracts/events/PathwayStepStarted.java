package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A step of the child's case pathway started (004 "Case Pathway"): a contact or a referral received at the front door, a
 * Child and Family Assessment begun. It carries what deadlines-service needs to open the step's deadline without
 * asking back: the kind, the start date and, for a C&F, its priority, due date and the date the supervisor is
 * reminded to set the priority (004 "Setting A Due Date (Priority) for New C&F").
 *
 * @param openedFrom the step whose decided outcome opened this one, or null for a contact
 * @param receivedAt when a contact or referral was received (date and time), null for other kinds
 * @param source     who made the contact or referral, null for other kinds
 */
public record PathwayStepStarted(
        UUID stepId,
        UUID childId,
        String kind,
        UUID openedFrom,
        String team,
        LocalDate startDate,
        Instant receivedAt,
        String source,
        Integer priorityWorkingDays,
        LocalDate dueDate,
        LocalDate priorityAlertDate,
        String recordedBy,
        Instant recordedAt) {
}
