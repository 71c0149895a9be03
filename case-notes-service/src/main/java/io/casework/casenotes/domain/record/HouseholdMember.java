package io.casework.casenotes.domain.record;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Someone who lives in the family home with the child, with their details and whether they hold parental
 * responsibility (001 "The Basic Record").
 */
@Schema(description = "Someone who lives in the family home with the child, with their details and whether they "
        + "hold parental responsibility (001 \"The Basic Record\")")
public record HouseholdMember(
        @Schema(description = "Given name", example = "Sarah")
        @NotBlank @Size(max = InputLimits.NAME) String givenName,
        @Schema(description = "Family name", example = "Example")
        @NotBlank @Size(max = InputLimits.NAME) String familyName,
        @Schema(description = "Relationship to the child", example = "Mother")
        @NotBlank @Size(max = InputLimits.NAME) String relationship,
        @Schema(description = "Date of birth, if known", example = "1990-05-17")
        LocalDate dateOfBirth,
        @Schema(description = "Whether they hold parental responsibility for the child", example = "true")
        boolean parentalResponsibility,
        @Schema(description = "Ethnicity, if known", example = "White British")
        @Size(max = InputLimits.NAME) String ethnicity,
        @Schema(description = "Religion, if known", example = "No religion")
        @Size(max = InputLimits.NAME) String religion,
        @Schema(description = "First language, if known", example = "English")
        @Size(max = InputLimits.NAME) String language,
        @Schema(description = "Whether they have a disability; absent when not known", example = "false")
        Boolean disabled) {
}
