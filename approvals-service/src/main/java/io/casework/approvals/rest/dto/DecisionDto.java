package io.casework.approvals.rest.dto;

import io.casework.approvals.domain.Outcome;

import java.time.Instant;

/** A recorded decision: who (name and designation as on their token), when, the outcome and the reasons. */
public record DecisionDto(
        Outcome outcome,
        String comments,
        String decidedBy,
        String decidedByName,
        String decidedByDesignation,
        Instant decidedAt) {
}
