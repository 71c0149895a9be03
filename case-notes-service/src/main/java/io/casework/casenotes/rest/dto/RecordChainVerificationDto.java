package io.casework.casenotes.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * The verification of one child's chain: every note version, management entry and access-log entry in the order they
 * were written, each sealed over its content and the entry before it.
 *
 * @param entries    how many entries the chain holds
 * @param intact     whether every entry is as it was written, in its place, and none is missing
 * @param firstBreak where it first fails, or null when intact
 */
@Schema(description = "The verification of one child's record chain: every note version, management entry and "
        + "access-log entry, in the order written, each sealed over its content and the entry before it")
public record RecordChainVerificationDto(
        @Schema(description = "The child whose chain was verified", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "How many entries the chain holds", example = "42", minimum = "0")
        long entries,
        @Schema(description = "Whether every entry is as it was written, in its place, and none is missing",
                example = "true")
        boolean intact,
        @Schema(description = "Where the chain first fails; null when it is intact")
        ChainBreakDto firstBreak) {

    /**
     * @param position where on the chain (the first entry is 1)
     * @param entry    which entry ("version 2 of note …", "access log entry 81") or which are missing
     * @param change   changed, missing, moved, forged or unknown-key
     * @param detail   one sentence for the auditor
     */
    @Schema(description = "Where a record chain first fails, and how")
    public record ChainBreakDto(
            @Schema(description = "Where on the chain, the first entry being 1", example = "7", minimum = "1")
            long position,
            @Schema(description = "Which entry, or which are missing",
                    example = "version 2 of note 5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
            String entry,
            @Schema(description = "changed, missing, moved, forged or unknown-key",
                    enumeration = {"changed", "missing", "moved", "forged", "unknown-key"}, example = "changed")
            String change,
            @Schema(description = "One sentence for the auditor",
                    example = "Its content is not what was sealed: it was edited after it was written.")
            String detail) {
    }
}
