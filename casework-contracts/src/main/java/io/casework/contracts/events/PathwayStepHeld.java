package io.casework.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A meeting step (a strategy discussion, a conference, a review, a core group or child in need meeting...) was held.
 * deadlines-service counts from {@code heldAt} the deadlines that run from the meeting (a strategy discussion's record
 * within 24 hours, a core group's minutes within 5 working days: 003 Appendix A) and meets the meeting's own, without
 * calling back. For a STRATEGY_DISCUSSION the event also says whether it was compliant (004 "Strategy Discussions":
 * held within 24 hours of the referral or incident, with a CSC manager, the police and health) and, if not, why.
 *
 * @param partOf        the step the meeting belongs to, or null
 * @param participants  who took part; their input stays on the record
 * @param compliant     for a STRATEGY_DISCUSSION whether it met 004's conditions; null for every other kind
 * @param nonCompliance for a STRATEGY_DISCUSSION the conditions it missed (HELD_AFTER_24_HOURS, NO_CSC_MANAGER,
 *                      NO_POLICE, NO_HEALTH), empty when compliant; null for every other kind
 * @param details       the kind's facts as they stand once held: those it started with and those its record added
 */
public record PathwayStepHeld(
        UUID stepId,
        UUID childId,
        String kind,
        UUID partOf,
        String team,
        Instant heldAt,
        String chair,
        List<PathwayParticipant> participants,
        Boolean compliant,
        List<String> nonCompliance,
        Map<String, Object> details,
        String recordedBy,
        Instant recordedAt) {
}
