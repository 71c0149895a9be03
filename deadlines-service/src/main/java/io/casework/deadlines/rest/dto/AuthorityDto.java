package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An authority whose timescales are held as data")
public record AuthorityDto(
        @Schema(description = "The authority's id, as GET /timescales/{authority} and the records' `authority` "
                + "name it", example = "rochdale", maxLength = 60)
        String id,
        @Schema(description = "A readable name for the authority's rule set", example = "Rochdale recording policy")
        String title,
        @Schema(description = "The policy document the rules are written from: 001 to 004 of the seed policies",
                example = "001")
        String document,
        @Schema(description = "The id of the rule set it refines, whose rules apply where it has none of its own; "
                + "null for a base rule set", example = "lcs-practice-guide")
        String extendsAuthority) {
}
