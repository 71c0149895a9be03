package io.casework.casenotes.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What an AMENDMENT note corrects, and why (001 "Case Record Integrity"): set by the amendment operation. */
@Schema(description = "The entry an AMENDMENT corrects and the reason it gives (001 \"Case Record "
        + "Integrity\")")
public record Amends(
        @Schema(description = "The corrected note, which is unchanged",
                example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID noteId,
        @Schema(description = "Why the entry needed correcting",
                example = "The visit was on Tuesday 17 November, not Monday 16 November")
        String reason) {
}
