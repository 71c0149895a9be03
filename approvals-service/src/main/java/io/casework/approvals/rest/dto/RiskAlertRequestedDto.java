package io.casework.approvals.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a risk alert request asks the head of service to decide. */
@Schema(description = "What a RISK_ALERT request asks (001 \"Risk Alerts\"): the kind of alert, the date it started or "
        + "was first known, the description, and the dated entries of the child's record it refers to")
public record RiskAlertRequestedDto(
        @Schema(description = "The kind of alert", example = "DANGEROUS_PET", enumeration = {"DANGEROUS_PET",
                "PERSON_KNOWN_TO_BE_VIOLENT", "NEED_TO_PROTECT_INFORMATION", "ALLEGATION", "OFFENCE",
                "RISK_TO_CHILDREN", "MAPPA"})
        String type,
        @Schema(description = "The date the risk started or was first known, ISO-8601", example = "2026-10-14")
        LocalDate startedOn,
        @Schema(description = "The risk, described by the requester, referring to the dated entries",
                example = "An untrained dog is loose in the garden at every visit; see the visit note of 14 "
                        + "October 2026", maxLength = 4000)
        String description,
        @Schema(description = "The child's case notes the description refers to",
                example = "[\"5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b\"]")
        List<UUID> noteIds,
        @Schema(description = "The child's documents the description refers to", example = "[]")
        List<UUID> documentIds) {
}
