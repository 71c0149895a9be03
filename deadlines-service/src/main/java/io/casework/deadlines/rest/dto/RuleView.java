package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One timescale rule")
public record RuleView(
        String id,
        String what,
        @Schema(description = "The event the timescale runs from (or up to, for BEFORE)") String trigger,
        int amount,
        @Schema(description = "WORKING_DAYS, CALENDAR_DAYS, HOURS, WEEKS or MONTHS") String unit,
        @Schema(description = "AFTER or BEFORE the trigger") String direction,
        boolean recurring,
        @Schema(description = "The rule whose due point is this rule's trigger") String follows,
        SourceView source,
        @Schema(description = "Where the source is loose: the reading chosen and why") String reading,
        @Schema(description = "The rule set that defines it: the authority's own or the base's") String origin) {
}
