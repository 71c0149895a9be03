package io.casework.casenotes.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The records that may be the same child's as the one about to be registered. */
@Schema(description = "The records that may be the same child's, the closest first: at most 20, so not paged. "
        + "Empty when none")
public record LikelyDuplicatesDto(
        @Schema(description = "The likely duplicates")
        List<LikelyDuplicateDto> matches) {
}
