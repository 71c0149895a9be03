package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One timescale rule: what must be done, the event it runs from, how long is allowed, and the "
        + "policy it comes from")
public record RuleDto(
        @Schema(description = "The rule's id, the same across authorities for the same task, so that an authority "
                + "can override the base's", example = "case-note-recording")
        String id,
        @Schema(description = "The recording or task the rule governs", example = "Case record entry of any event")
        String what,
        @Schema(description = "The event the timescale runs from (or up to, for BEFORE)",
                example = "the event recorded")
        String trigger,
        @Schema(description = "How many units are allowed", example = "3", minimum = "0")
        int amount,
        @Schema(description = "The unit of amount: WORKING_DAYS (England and Wales), CALENDAR_DAYS, HOURS, WEEKS or "
                + "MONTHS", enumeration = {"WORKING_DAYS", "CALENDAR_DAYS", "HOURS", "WEEKS", "MONTHS"},
                example = "WORKING_DAYS")
        String unit,
        @Schema(description = "AFTER the trigger, or BEFORE it (a report due before a meeting)",
                enumeration = {"AFTER", "BEFORE"}, example = "AFTER")
        String direction,
        @Schema(description = "True when the task comes round again, each occurrence being the next one's trigger",
                example = "false")
        boolean recurring,
        @Schema(description = "The id of the rule whose due point is this rule's trigger; null when it runs from an "
                + "event", example = "failed-access-ten-days")
        String follows,
        @Schema(description = "Where in the policy the rule comes from")
        SourceDto source,
        @Schema(description = "Where the source is loose: the reading chosen and why; null where it is plain",
                example = "WORKING_DAYS. The table says '45 days'; the national C&F maximum is 45 working days from "
                        + "referral.")
        String reading,
        @Schema(description = "The id of the rule set that defines it: the authority's own, or the base's",
                example = "rochdale")
        String origin) {
}
