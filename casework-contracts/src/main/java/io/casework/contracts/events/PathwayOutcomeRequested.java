package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A worker chose a pathway step's outcome and sent it for a manager's authorisation (004 "Completing a C&F
 * Assessment", "Recording Outcomes from S47 Enquiries", "Strategy Discussions"; DOMAIN rule 20). approvals-service
 * routes it to the decider of the child's team. It carries what the decider needs to check the outcome before it
 * opens anything, without calling back: the outcome, what it will open, whether it closes the case and the outcome's
 * own facts. The request's own id names it to approvals-service: a step whose outcome was returned is sent again as
 * a new request, which is a new decision.
 *
 * @param details the outcome's own facts, as the pathway details schema (pathway-step-details.v1.json) defines for
 *                the kind ({@code outcome-<KIND>}); empty for a kind with none
 */
public record PathwayOutcomeRequested(
        UUID outcomeRequestId,
        UUID stepId,
        UUID childId,
        String kind,
        String outcome,
        List<String> opens,
        boolean closesCase,
        LocalDate completedDate,
        String reasons,
        Map<String, Object> details,
        String team,
        String requestedBy,
        String requestedByName,
        String requestedByDesignation,
        Instant requestedAt) {
}
