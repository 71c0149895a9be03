package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.RequesterRelationship;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A subject access request as it was received (002 s.9). */
@Schema(description = "A request for everything held about the child, as received (002 s.9, UK GDPR Art. 15)")
public record SubjectAccessRequestCreate(
        @Schema(description = "Who asked, by name", example = "Sarah Example")
        @NotBlank @Size(max = InputLimits.NAME) String requesterName,
        @Schema(description = "CHILD (the child themselves), PARENT_WITH_PARENTAL_RESPONSIBILITY or REPRESENTATIVE "
                + "(someone the child or parent authorised, such as a solicitor or an advocate)",
                example = "PARENT_WITH_PARENTAL_RESPONSIBILITY")
        @NotNull RequesterRelationship relationship,
        @Schema(description = "The day the request was received, yyyy-MM-dd; not in the future. The month to answer "
                + "it runs from this day (UK GDPR Art. 12(3))", example = "2026-11-20")
        @NotNull LocalDate receivedOn,
        @Schema(description = "How the requester's identity (and, for a parent or representative, their standing) "
                + "was checked", example = "Passport seen at the front desk; parental responsibility confirmed from "
                + "the birth certificate")
        @NotBlank @Size(max = InputLimits.LINE) String identityChecked) {
}
