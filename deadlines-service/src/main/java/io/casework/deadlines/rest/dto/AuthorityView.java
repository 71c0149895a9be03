package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An authority whose timescales are held as data")
public record AuthorityView(
        String authority,
        String title,
        @Schema(description = "The policy document the rules are written from") String document,
        @Schema(description = "The rule set it refines, if any") String extendsAuthority) {
}
