package io.casework.casenotes.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A verification of every child's chain.
 *
 * @param broken the first broken chains found (at most 100); {@code brokenChildren} counts them all
 */
@Schema(description = "A verification of every child's record chain: counts, the rate, and the first broken chains")
public record RecordChainAuditDto(
        @Schema(description = "When the run started, UTC (ISO-8601 with offset Z)", example = "2026-11-26T01:30:00Z")
        Instant startedAt,
        @Schema(description = "When the run finished, UTC (ISO-8601 with offset Z)",
                example = "2026-11-26T01:30:16.4Z")
        Instant finishedAt,
        @Schema(description = "How many children's chains were verified", example = "60298", minimum = "0")
        long children,
        @Schema(description = "How many entries (note versions, management entries, access-log entries) were "
                + "checked", example = "300442", minimum = "0")
        long entries,
        @Schema(description = "How many children's chains are broken, all of them", example = "1", minimum = "0")
        long brokenChildren,
        @Schema(description = "Entries checked per second over the run", example = "18352", minimum = "0")
        long entriesPerSecond,
        @Schema(description = "The first broken chains found, at most 100; empty when every chain is intact",
                maxItems = 100)
        List<RecordChainVerificationDto> broken) {
}
