package io.casework.approvals.rest.dto;

import io.casework.backbone.rest.RequestParams;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** A request for a decision asked through the API, with the fields the catalogue says its kind carries. */
@Schema(description = "A request for a decision of a kind the catalogue has asked through this API (requestedThrough "
        + "REST): records taken off site, a deadline extension, a C&F's priority change")
public record ApprovalAsk(
        @Schema(description = "The kind, as GET /organisation/decision-kinds lists it", example = "RECORD_OFF_SITE",
                maxLength = 60)
        @NotBlank @Size(max = 60) String kind,
        @Schema(description = "The child whose record it concerns", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        @NotBlank @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childId,
        @Schema(description = "What is to be decided, in the service that owns it: the deadline's id for a "
                + "DEADLINE_EXTENSION, the C&F assessment step's id for a CF_PRIORITY_CHANGE; absent for "
                + "RECORD_OFF_SITE, whose subject is the request itself",
                example = "5b1d0c2e-7a3f-4e6b-9c8d-1e2f3a4b5c6d", maxLength = 100)
        @Size(max = 100) String subjectId,
        @Schema(description = "The kind's fields by name, each a string (a date as YYYY-MM-DD), as the catalogue "
                + "lists them", example = "{\"what\": \"Paper file, volume 2\", \"reason\": \"Court hearing\", "
                + "\"takenTo\": \"Family court, Leeds\", \"securityMeasures\": \"Locked case, never left in a "
                + "vehicle\", \"returnBy\": \"2026-12-04\"}")
        @NotNull Map<String, @NotNull @Size(max = 10000) String> fields) {
}
