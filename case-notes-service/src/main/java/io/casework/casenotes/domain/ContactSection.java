package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a CONTACT or PROFESSIONAL_CONTACT was made and with whom (001 "Case Records"; 003 s.6c). */
@Schema(description = "How a CONTACT or PROFESSIONAL_CONTACT was made and with whom; submitting needs both")
public record ContactSection(
        @Schema(description = "TELEPHONE, ATTEMPTED_TELEPHONE, IN_PERSON, OFFICE_MEETING, VIDEO, EMAIL, LETTER or "
                + "TEXT_MESSAGE", example = "TELEPHONE")
        ContactMethod method,
        @Schema(description = "With whom, by name and role", example = "Ms Ahmed, designated safeguarding lead")
        @Size(max = InputLimits.LINE) String withWhom) {
}
