package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Two further months for a complex request, and why (UK GDPR Art. 12(3)). */
@Schema(description = "The extension of a complex request by two further months (UK GDPR Art. 12(3))")
public record SubjectAccessExtensionRequest(
        @Schema(description = "Why the request is complex, as the requester is told within the first month",
                example = "Eleven years of records, with third-party information from six agencies to consult on")
        @NotBlank @Size(max = InputLimits.LINE) String reason) {
}
