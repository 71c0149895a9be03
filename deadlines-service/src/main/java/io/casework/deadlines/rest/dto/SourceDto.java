package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where in the policy documents a rule comes from")
public record SourceDto(
        @Schema(description = "The policy document: 000 to 004 of the seed policies (001 Rochdale, 002 "
                + "Hertfordshire, 003 Trafford, 004 the LCS practice guide)", example = "001")
        String document,
        @Schema(description = "The section of the document", example = "Principles: Timely")
        String section,
        @Schema(description = "The words of the policy the rule is read from",
                example = "Entries should be written within three working days of the events actually occurring")
        String quote) {
}
