package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A meeting step (a child protection conference, a review, a strategy discussion, a core group or child in need
 * meeting...) was scheduled or re-scheduled (004 "Completing a Review Meeting"). deadlines-service can count a report's
 * deadline back from {@code scheduledFor} (a social work report due working days before a conference: 003 Appendix A)
 * without calling back; a re-scheduling names the time it replaces and why.
 *
 * @param partOf               the step the meeting belongs to (a review conference's CP plan), or null
 * @param previousScheduledFor the time it was scheduled for until now, null when first scheduled
 * @param chair                who chairs it, null when not yet known
 * @param reasons              why it was re-scheduled, null when first scheduled
 */
public record PathwayStepScheduled(
        UUID stepId,
        UUID childId,
        String kind,
        UUID partOf,
        String team,
        Instant scheduledFor,
        Instant previousScheduledFor,
        String chair,
        String reasons,
        String scheduledBy,
        Instant scheduledAt) {
}
