package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A contact received at the front door; who records it and when come from the token and the clock. */
@Schema(description = "A contact received at the front door (CART): who got in touch and when; the pathway begins "
        + "here (004 \"Case Pathway\")")
public record ContactRequest(
        @Schema(description = "Who made the contact: a person's role or an agency",
                example = "School designated safeguarding lead")
        @NotBlank @Size(max = InputLimits.NAME) String source,
        @Schema(description = "When the contact was received, UTC (ISO-8601 with offset Z); not in the future",
                example = "2026-12-18T16:40:00Z")
        @NotNull Instant receivedAt) {
}
