package io.casework.casenotes.rest.dto;

import java.time.Instant;
import java.util.List;

/**
 * A verification of every child's chain.
 *
 * @param broken the first broken chains found (at most 100); {@code brokenChildren} counts them all
 */
public record RecordChainAuditDto(Instant startedAt, Instant finishedAt, long children, long entries,
        long brokenChildren, long entriesPerSecond, List<RecordChainVerificationDto> broken) {
}
