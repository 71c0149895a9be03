package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A step of the child's case pathway started (004 "Case Pathway"): a contact or referral received, an assessment
 * begun, a plan, episode or placement begun, a meeting step opened. It carries what a consumer needs without calling
 * back: deadlines-service counts the step's deadlines from its start date (and, for a C&F, its priority: 004 "Setting A
 * Due Date (Priority) for New C&F"), and
 * visits-service picks a plan's visit frequency from a CHILD_PROTECTION_PLAN's, CHILD_IN_NEED_PLAN's or PLACEMENT's
 * start date and its details (the placement type, the plan's category).
 *
 * @param openedFrom   the step whose decided outcome opened this one, or null for a contact or a step opened by
 *                     hand
 * @param partOf       the step this one belongs to (a core group meeting to its CP plan, a placement to its
 *                     looked-after episode), or null for a step that stands alone
 * @param receivedAt   when a contact or referral was received (date and time), null for other kinds
 * @param source       who made the contact or referral, null for other kinds
 * @param scheduledFor when a meeting step is to be held, null for a step that is not a meeting or not yet scheduled
 * @param details      the kind's own facts, as the pathway details schema (pathway-step-details.v1.json) defines for
 *                     the kind; empty for a kind with none
 * @param dueDate           a C&F's due date: null, since deadlines-service counts it from this event and announces it
 *                          as the deadline it opens for the step (casework.deadlines.deadline-opened); kept for the
 *                          consumers of the released form
 * @param priorityAlertDate the day a C&F's supervisor is reminded to set the priority: null, likewise
 * @param reAddedFrom  the step a roll-back moved out of the current record that this one re-adds (000), or null; a
 *                     re-added step's held, decided and ended events follow its start, as the original's did
 */
public record PathwayStepStarted(
        UUID stepId,
        UUID childId,
        String kind,
        UUID openedFrom,
        UUID partOf,
        String team,
        LocalDate startDate,
        Instant receivedAt,
        String source,
        Integer priorityWorkingDays,
        LocalDate dueDate,
        LocalDate priorityAlertDate,
        Instant scheduledFor,
        Map<String, Object> details,
        UUID reAddedFrom,
        String recordedBy,
        Instant recordedAt) {
}
