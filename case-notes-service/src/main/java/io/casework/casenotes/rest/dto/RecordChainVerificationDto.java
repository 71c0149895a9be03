package io.casework.casenotes.rest.dto;

import java.util.UUID;

/**
 * The verification of one child's chain: every note version, management entry and access-log entry in the order they
 * were written, each sealed over its content and the entry before it.
 *
 * @param entries    how many entries the chain holds
 * @param intact     whether every entry is as it was written, in its place, and none is missing
 * @param firstBreak where it first fails, or null when intact
 */
public record RecordChainVerificationDto(UUID childId, long entries, boolean intact, ChainBreakDto firstBreak) {

    /**
     * @param position where on the chain (the first entry is 1)
     * @param entry    which entry ("version 2 of note …", "access log entry 81") or which are missing
     * @param change   changed, missing, moved, forged or unknown-key
     * @param detail   one sentence for the auditor
     */
    public record ChainBreakDto(long position, String entry, String change, String detail) {
    }
}
