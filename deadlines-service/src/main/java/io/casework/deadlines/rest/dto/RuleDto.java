package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

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
        @Schema(description = "How many units are allowed; for AGE, the age to be reached in months from the date "
                + "of birth (195 is 16 years 3 months)", example = "3", minimum = "0")
        int amount,
        @Schema(description = "The unit of amount: WORKING_DAYS (England and Wales), CALENDAR_DAYS, HOURS, WEEKS, "
                + "MONTHS, or AGE (an age reached, counted from the date of birth)",
                enumeration = {"WORKING_DAYS", "CALENDAR_DAYS", "HOURS", "WEEKS", "MONTHS", "AGE"},
                example = "WORKING_DAYS")
        String unit,
        @Schema(description = "AFTER the trigger, or BEFORE it (a report due before a meeting)",
                enumeration = {"AFTER", "BEFORE"}, example = "AFTER")
        String direction,
        @Schema(description = "True when the task comes round again: everyAmount and everyUnit give the cycle",
                example = "false")
        boolean recurring,
        @Schema(description = "For a recurring task, how many units after the last one was done the next is due; "
                + "null when it does not recur", example = "6", minimum = "1")
        Integer everyAmount,
        @Schema(description = "The unit of everyAmount; null when the task does not recur",
                enumeration = {"WORKING_DAYS", "CALENDAR_DAYS", "HOURS", "WEEKS", "MONTHS"}, example = "WEEKS")
        String everyUnit,
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
        String origin,
        @Schema(description = "True when the rule says which events open, meet and cancel it, so that it can be "
                + "tracked from events; false for a rule that is reference data until mapped", example = "true")
        boolean tracked,
        @Schema(description = "The events that open the deadline; empty when not tracked")
        List<EventMatchDto> opensOn,
        @Schema(description = "The events that meet the deadline; empty when not tracked")
        List<EventMatchDto> metBy,
        @Schema(description = "The events after which the deadline is no longer owed; often empty")
        List<EventMatchDto> cancelledBy,
        @Schema(description = "Whose deadline it is; null when not tracked", enumeration = {"ALLOCATED_WORKER",
                "PRACTICE_MANAGER", "TEAM_MANAGER", "SENIOR_MANAGER", "HEAD_OF_SERVICE", "IRO"},
                example = "ALLOCATED_WORKER")
        String owner,
        @Schema(description = "Whom the deadline goes to when breached, in order; empty when the policy says nobody")
        List<EscalationDto> escalateTo) {
}
