package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pathway step's outcome took effect: decided at the front door, or authorised by a manager. Only now does it open
 * anything: {@code opens} names the steps that follow (recorded as intent until each step is built).
 *
 * @param approvalRequestId the approval that authorised it, null for a decision that needs no manager
 */
public record PathwayStepDecided(
        UUID stepId,
        UUID childId,
        String kind,
        String team,
        String outcome,
        List<String> opens,
        boolean closesCase,
        LocalDate decidedDate,
        UUID approvalRequestId,
        String decidedBy,
        Instant decidedAt) {
}
