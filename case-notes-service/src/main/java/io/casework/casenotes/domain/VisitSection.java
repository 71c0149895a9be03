package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalTime;
import java.util.List;

/**
 * The structured part of a visit record, as 001 "Recording Visits" and 003 s.5b list it (DOMAIN.md rule 13). The
 * child's own words are in {@link ChildsVoice}, the parents' and carers' views in {@link ParentOrCarerView}s and the
 * interpreter in {@link Interpreter}, beside this section, so that they are never mixed into the worker's account.
 */
@Schema(description = "The structured part of a visit record (001 \"Recording Visits\", 003 s.5b). A draft may leave "
        + "any field out; submitting or finalising needs venue, purpose, childSeen and the reasons that follow "
        + "from it, which statutory visit a STATUTORY_VISIT is, and bedroomSeen on a CP or CLA statutory visit. For "
        + "an unborn child childSeen and seenAlone are left out (002 s.6)")
public record VisitSection(
        @Schema(description = "Which statutory visit a STATUTORY_VISIT note records: CP, CLA, CIN or "
                + "PRIVATE_FOSTERING (003 s.5b headings); absent on any other visit", example = "CP")
        StatutoryVisitKind statutoryVisit,
        @Schema(description = "Where the visit took place", example = "Family home")
        @Size(max = InputLimits.LINE) String venue,
        @Schema(description = "Who was present, one name (and relationship or role) per item",
                example = "[\"Leo (child)\", \"Mother\", \"Sam Example (social worker)\"]")
        @Size(max = InputLimits.LIST_ITEMS) List<@Size(max = InputLimits.NAME) String> present,
        @Schema(description = "The purpose of the visit", example = "CP statutory visit: review of the plan")
        @Size(max = InputLimits.LINE) String purpose,
        @Schema(description = "Whether the family was told of the visit beforehand; absent when not recorded",
                example = "false")
        Boolean announced,
        @Schema(description = "When the visit started: a local time in England, HH:mm or HH:mm:ss", example = "16:30")
        LocalTime startTime,
        @Schema(description = "How long the visit lasted, in minutes (1 to 1440)", example = "45")
        @Min(1) @Max(InputLimits.VISIT_MINUTES) Integer durationMinutes,
        @Schema(description = "Whether the child was seen. A visit where the child was not seen is recorded as a "
                + "VISIT, never a STATUTORY_VISIT (003 s.5b, 004); left out for an unborn child (002 s.6)",
                example = "true")
        Boolean childSeen,
        @Schema(description = "Why the child was not seen; required when childSeen is false",
                example = "No answer at the door; a card was left asking the family to call")
        @Size(max = InputLimits.PARAGRAPH) String childNotSeenReason,
        @Schema(description = "Whether the child was seen alone; required when the child was seen",
                example = "true")
        Boolean seenAlone,
        @Schema(description = "Why the child was not seen alone; required when seenAlone is false",
                example = "Leo did not want his mother to leave the room")
        @Size(max = InputLimits.PARAGRAPH) String notSeenAloneReason,
        @Schema(description = "Whether the child's bedroom was seen; required on a CP or CLA statutory visit "
                + "(003 s.5b g)", example = "true")
        Boolean bedroomSeen,
        @Schema(description = "Any change of circumstances found (household, address, school, health)",
                example = "Mother's partner has moved out.")
        @Size(max = InputLimits.PARAGRAPH) String changeOfCircumstances,
        @Schema(description = "The worker's analysis: what the visit shows against the plan",
                example = "Progress against the plan; no new concerns.")
        @Size(max = InputLimits.PARAGRAPH) String analysis,
        @Schema(description = "Actions agreed, one per item",
                example = "[\"Speak to the school about attendance by Friday\"]")
        @Size(max = InputLimits.LIST_ITEMS) List<@Size(max = InputLimits.LINE) String> actions) {

    public boolean childWasSeen() {
        return Boolean.TRUE.equals(childSeen);
    }

    /**
     * This visit as one child of a family saw it: the shared account with that child's own seen facts (001
     * "Relevance": a sibling's note shows only what belongs there).
     */
    public VisitSection asSeenBy(ChildSeen seen) {
        return new VisitSection(seen.statutoryVisit(), venue, present, purpose, announced, startTime, durationMinutes,
                seen.childSeen(), seen.childNotSeenReason(), seen.seenAlone(), seen.notSeenAloneReason(),
                seen.bedroomSeen(), changeOfCircumstances, analysis, actions);
    }
}
