package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "An authority's timescale rules in force, inherited ones included, each with its source")
public record RuleSetView(
        String authority,
        String title,
        String document,
        String extendsAuthority,
        List<RuleView> rules) {
}
