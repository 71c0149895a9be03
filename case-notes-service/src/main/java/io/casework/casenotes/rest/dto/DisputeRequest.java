package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.RaisedBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A child's or parent's disagreement with an entry, in their own words: recorded as a DISPUTE draft linked to the
 * entry, which is never changed (002 s.5, 003 s.5d).
 */
@Schema(description = "A child's or parent's disagreement with an entry, recorded as a new DISPUTE note linked to it "
        + "(002 s.5, 003 s.5d)")
public record DisputeRequest(
        @Schema(description = "When they raised it, an ISO-8601 date in England; today or before",
                example = "2026-11-24")
        @NotNull @PastOrPresent LocalDate eventDate,
        @Schema(description = "When in the day they raised it, a local time in England, HH:mm or HH:mm:ss",
                example = "10:15")
        @NotNull LocalTime eventTime,
        @Schema(description = "The dispute's title", example = "Mother disputes the account of the visit")
        @NotBlank @Size(max = 300) String title,
        @Schema(description = "The worker's account of how the disagreement was raised",
                example = "Ms Harrison phoned after reading the visit record with me.")
        @NotBlank @Size(max = InputLimits.NARRATIVE) String narrative,
        @Schema(description = "Who disputes it") @NotNull @Valid RaisedBy raisedBy,
        @Schema(description = "Their disagreement, in their own words",
                example = "I did not shout at the social worker. I asked her to come back when Leo was home.")
        @NotBlank @Size(max = InputLimits.PARAGRAPH) String theirWords) {
}
