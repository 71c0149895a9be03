package io.casework.approvals.rest.dto;

import java.time.Instant;

/** A team and its management line, as the organisation model holds it; a vacant post is null. */
public record TeamDto(
        String team,
        String name,
        String practiceManager,
        String teamManager,
        String seniorManager,
        String serviceArea,
        String headOfService,
        Instant updatedAt,
        String updatedBy) {
}
