package io.casework.casenotes.rest.dto;

import io.casework.casenotes.domain.WithholdingCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many items were withheld in one category: never what they were. */
@Schema(description = "How many items are withheld for one reason; never their content (002 s.8)")
public record WithheldCountDto(
        @Schema(description = "The category", example = "THIRD_PARTY_OBJECTION")
        WithholdingCategory category,
        @Schema(description = "The category in plain words, as the export gives it",
                example = "Information about another person, who has asked that it is not shared")
        String description,
        @Schema(description = "How many items", example = "2")
        long count) {
}
