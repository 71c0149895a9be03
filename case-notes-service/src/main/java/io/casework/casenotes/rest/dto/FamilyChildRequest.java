package io.casework.casenotes.rest.dto;

import io.casework.casenotes.domain.ChildSeen;
import io.casework.casenotes.domain.ChildsVoice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * Another child of the family the note is also recorded for, with what belongs on that child's record alone: their
 * own words and whether they were seen (001 "Relevance", 003 s.4).
 */
@Schema(description = "Another child of the family the note is also written for: that child's record gets a note of "
        + "its own, with the shared account and only this child's own words and visit facts")
public record FamilyChildRequest(
        @Schema(description = "The other child", example = "3b1f8d2e-6c4a-4e9b-a1d7-5f2c8e0b9a64")
        @NotNull UUID childId,
        @Schema(description = "This child's own words and how they were obtained; absent when none were recorded")
        @Valid ChildsVoice childsVoice,
        @Schema(description = "On a visit note: whether this child was seen, and alone, and which statutory visit "
                + "it was for them; absent on any other note")
        @Valid ChildSeen seen) {
}
