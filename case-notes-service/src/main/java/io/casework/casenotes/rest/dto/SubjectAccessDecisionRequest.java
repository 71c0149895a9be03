package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.DisclosureDecision;
import io.casework.casenotes.domain.WithholdingCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A manager's decision on one item of the record (002 s.8). */
@Schema(description = "Disclose or withhold one item, with the reason (002 s.8)")
public record SubjectAccessDecisionRequest(
        @Schema(description = "DISCLOSE or WITHHOLD", example = "WITHHOLD")
        @NotNull DisclosureDecision decision,
        @Schema(description = "Required to withhold, absent to disclose: SERIOUS_HARM, GIVEN_IN_CONFIDENCE or "
                + "THIRD_PARTY_OBJECTION (the reasons of 002 s.8), CRIME_PREVENTION, LEGAL_PRIVILEGE or "
                + "OTHER_EXEMPTION", example = "THIRD_PARTY_OBJECTION")
        WithholdingCategory category,
        @Schema(description = "Why, kept with the decision and in the record's history",
                example = "The school's safeguarding lead asked that her report is not shared with Mr B")
        @NotBlank @Size(max = InputLimits.LINE) String reason,
        @Schema(description = "To disclose third-party information whose originator was not consulted: why no "
                + "consultation was possible (002 s.8: all reasonable steps)", example = "The originator died in 2024")
        @Size(max = InputLimits.LINE) String noConsultationReason,
        @Schema(description = "To disclose a RECEIVED document: the consultation recorded on this request of whoever "
                + "sent it (the record holds its title, not its sender's name)",
                example = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a")
        UUID consultationId) {
}
