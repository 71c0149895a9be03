package io.casework.casenotes.domain.record;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Someone particularly close to the child outside the household, including people who were significant and have
 * since died (001 "The Basic Record"), and a parent with parental responsibility who lives elsewhere (002 s.6).
 */
@Schema(description = "Someone particularly close to the child outside the household: including people who were "
        + "significant and have since died (001 \"The Basic Record\"), and a parent with parental responsibility "
        + "who lives elsewhere (002 s.6)")
public record SignificantPerson(
        @Schema(description = "Full name", example = "Margaret Example")
        @NotBlank @Size(max = InputLimits.NAME) String fullName,
        @Schema(description = "Relationship to the child", example = "Maternal grandmother")
        @NotBlank @Size(max = InputLimits.NAME) String relationship,
        @Schema(description = "How to reach them, if they are alive and it is known", example = "07700 900123")
        @Size(max = InputLimits.LINE) String contact,
        @Schema(description = "Why they matter to the child and how often they are in touch",
                example = "Looked after Leo every weekend until she died; he talks about her often")
        @Size(max = InputLimits.LINE) String significance,
        @Schema(description = "Whether they hold parental responsibility for the child", example = "false")
        boolean parentalResponsibility,
        @Schema(description = "True for someone who has died", example = "true")
        boolean deceased,
        @Schema(description = "When they died, if known; only for someone who has died", example = "2023-01-14")
        LocalDate dateOfDeath) {
}
