package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "An authority's timescale rules in force, inherited ones included, each with its source")
public record RuleSetDto(
        @Schema(description = "The authority's id", example = "rochdale", maxLength = 60)
        String id,
        @Schema(description = "A readable name for the authority's rule set", example = "Rochdale recording policy")
        String title,
        @Schema(description = "The policy document the rules are written from: 001 to 004 of the seed policies",
                example = "001")
        String document,
        @Schema(description = "The id of the rule set it refines; null for a base rule set",
                example = "lcs-practice-guide")
        String extendsAuthority,
        @Schema(description = "The version of the rules and the working-day calendar in force in this deployment (the "
                + "same for every authority): each due date and late mark records the version it was computed under",
                example = "rules-3f9a1c2b7d4e", maxLength = 40)
        String version,
        @Schema(description = "Every rule in force: the base's first, then the authority's own, in the order the "
                + "policy lists them; a rule the authority overrides appears once, as the authority's")
        List<RuleDto> rules) {
}
