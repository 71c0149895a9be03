package io.casework.casenotes.rest.dto;

import io.casework.casenotes.domain.DisclosureDecision;
import io.casework.casenotes.domain.WithholdingCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The decision standing on one item of a subject access request. */
@Schema(description = "The decision on one item of the record (002 s.8)")
public record SubjectAccessDecisionDto(
        @Schema(description = "The item: a note's id, with .s<n> for its n-th statement or .w<n> for the n-th entry "
                + "of its withheld section (from 0)", example = "3f2b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e.s0")
        String itemRef,
        @Schema(description = "DISCLOSE or WITHHOLD", example = "WITHHOLD")
        DisclosureDecision decision,
        @Schema(description = "Why it is withheld, by category; null when disclosed", example = "THIRD_PARTY_OBJECTION")
        WithholdingCategory category,
        @Schema(description = "The manager's reason", example = "The school's safeguarding lead asked that her "
                + "report is not shared with Mr B")
        String reason,
        @Schema(description = "Why the originator could not be consulted, when disclosed without a consultation",
                example = "The originator died in 2024")
        String noConsultationReason,
        @Schema(description = "Who decided, by name", example = "Jo Example")
        String decidedBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-11-23T10:15:00Z")
        Instant decidedAt) {
}
