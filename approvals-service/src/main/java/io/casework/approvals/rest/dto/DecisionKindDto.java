package io.casework.approvals.rest.dto;

import io.casework.approvals.domain.ManagementRole;

/** An entry of the catalogue of decisions that need approval, and the seed it comes from. */
public record DecisionKindDto(
        String kind,
        ManagementRole decidedBy,
        String description,
        Source source,
        String reading,
        String timescaleRule) {

    public record Source(String document, String section, String quote) {
    }
}
