package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.contracts.RiskAlertType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A risk alert asked for, for the head of service to decide (001 "Risk Alerts"). */
@Schema(description = "A risk alert to be recorded on the child's record once the head of service approves it (001 "
        + "\"Risk Alerts\"): its kind, the date it started or was first known, a description, and the dated entries "
        + "of the record that detail the concern (at least one case note or document of this child)")
public record RiskAlertRequest(
        @Schema(description = "The kind of alert, from the authority's list", example = "DANGEROUS_PET")
        @NotNull RiskAlertType type,
        @Schema(description = "The date the risk started or was first known about (mandatory, 001), ISO-8601; not "
                + "after today", example = "2026-10-14")
        @NotNull LocalDate startedOn,
        @Schema(description = "The risk, described: what it is and who it is a risk to, referring to the dated "
                + "entries that detail it", example = "A large untrained dog is loose in the garden at every visit "
                + "and bit a neighbour (visit note of 14 October 2026)")
        @NotBlank @Size(max = 4000) String description,
        @Schema(description = "The child's case notes (submitted or final) that detail the concern",
                example = "[\"5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b\"]")
        @Size(max = InputLimits.LIST_ITEMS) List<@NotNull UUID> noteIds,
        @Schema(description = "The child's documents that detail the concern", example = "[]")
        @Size(max = InputLimits.LIST_ITEMS) List<@NotNull UUID> documentIds) {

    /** The notes referred to; none when the field was left out. */
    public List<UUID> notes() {
        return noteIds == null ? List.of() : List.copyOf(noteIds);
    }

    /** The documents referred to; none when the field was left out. */
    public List<UUID> documents() {
        return documentIds == null ? List.of() : List.copyOf(documentIds);
    }
}
