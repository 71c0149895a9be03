package io.casework.casenotes.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * What a DISPUTE note disputes, who disputes it and their disagreement in their own words (002 s.5: "the original
 * document may not be changed ... but a case note should be added to record their views"; 003 s.5d).
 */
@Schema(description = "The entry a DISPUTE note disputes, who disputes it, and their disagreement in their own words")
public record Disputes(
        @Schema(description = "The disputed note, which is unchanged", example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID noteId,
        @Schema(description = "Who disputes it")
        RaisedBy raisedBy,
        @Schema(description = "Their disagreement, in their own words",
                example = "I did not shout at the social worker. I asked her to come back when Leo was home.")
        String theirWords) {
}
