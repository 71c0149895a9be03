package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pathway step's outcome took effect: decided at once, or authorised by a manager (004 "Completing a C&F
 * Assessment", "Recording Outcomes from S47 Enquiries", "Strategy Discussions"). Only now does it open anything:
 * {@code opens} names the kinds of step that follow, each started by its own pathway-step-started. A consumer learns
 * from it without calling back whether the case closes, whether the step this one is part of ends with it, and the
 * outcome's own facts (a strategy discussion's further actions, a conference's plan category).
 *
 * @param partOf            the step this one belongs to, or null
 * @param endsPartOf        whether the outcome ends the step this one is part of (a review conference ending the CP
 *                          plan); its own pathway-step-ended follows
 * @param details           the outcome's own facts, as the pathway details schema (pathway-step-details.v1.json)
 *                          defines for the kind ({@code outcome-<KIND>}); empty for a kind with none
 * @param approvalRequestId the approval that authorised it, null for a decision that needs no manager
 */
public record PathwayStepDecided(
        UUID stepId,
        UUID childId,
        String kind,
        UUID partOf,
        String team,
        String outcome,
        List<String> opens,
        boolean closesCase,
        boolean endsPartOf,
        LocalDate decidedDate,
        Map<String, Object> details,
        UUID approvalRequestId,
        String decidedBy,
        Instant decidedAt) {
}
