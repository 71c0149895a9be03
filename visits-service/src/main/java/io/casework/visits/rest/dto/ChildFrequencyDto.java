package io.casework.visits.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A manager's visit frequency for one child, with who set it, when and why. */
@Schema(description = "A manager's visit frequency for one child, which applies instead of the rule set's")
public record ChildFrequencyDto(
        @Schema(description = "How many units apart visits are at most", example = "2", minimum = "1")
        int everyAmount,
        @Schema(description = "WORKING_DAYS, CALENDAR_DAYS, WEEKS or MONTHS", example = "WEEKS")
        String everyUnit,
        @Schema(description = "Why", example = "The CIN plan agreed at the meeting on 3 March sets fortnightly visits")
        String reason,
        @Schema(description = "The manager who set it", example = Person.Examples.TEAM_MANAGER)
        Person setBy,
        @Schema(description = "When, an ISO-8601 instant", example = "2026-03-03T14:05:00Z")
        Instant setAt) {
}
