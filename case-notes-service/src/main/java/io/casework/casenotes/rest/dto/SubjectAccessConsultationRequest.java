package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The originator of third-party information, consulted before it is shared (002 s.8). */
@Schema(description = "A consultation of the originator of third-party information (002 s.8)")
public record SubjectAccessConsultationRequest(
        @Schema(description = "Who was consulted, as the statement names its source",
                example = "Ms Ahmed, designated safeguarding lead at Leo's school")
        @NotBlank @Size(max = InputLimits.LINE) String originator,
        @Schema(description = "The day they were asked, yyyy-MM-dd; not in the future", example = "2026-11-23")
        @NotNull LocalDate askedOn,
        @Schema(description = "Their views and wishes, as they gave them; absent while they have not answered",
                example = "Content for her report to be shared, without her mobile number")
        @Size(max = 2000) String views) {
}
