package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.record.Birth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * An unborn child's birth (002 s.6 "Once a Baby is Born"): the date, the equality details that could not be recorded
 * before, and the names the child was given where they differ from the record's.
 */
@Schema(description = "An unborn child's birth (002 s.6 \"Once a Baby is Born\"): the date of birth, and the gender, "
        + "ethnicity and religion that could not be recorded before; names only where the child was given others")
public record BirthRequest(
        @Schema(description = "The date of birth: not in the future, and not more than 42 days before the record "
                + "was opened", example = "2026-06-28")
        @NotNull @PastOrPresent LocalDate dateOfBirth,
        @Schema(description = "Gender", example = "Female")
        @NotBlank @Size(max = 100) String gender,
        @Schema(description = "Ethnicity (002 s.6: it can be added once the child is born)",
                example = "White British")
        @NotBlank @Size(max = InputLimits.NAME) String ethnicity,
        @Schema(description = "Religion; \"Not stated\" where it is not suitable to record one yet (002 s.6), with "
                + "the reasons in the assessment", example = "Not stated")
        @NotBlank @Size(max = InputLimits.NAME) String religion,
        @Schema(description = "The given name, when the child's differs from the record's (\"Baby\")",
                example = "Rosie")
        @Size(max = InputLimits.NAME) String givenName,
        @Schema(description = "Middle names, if any", example = "May")
        @Size(max = InputLimits.NAME) String middleNames,
        @Schema(description = "The family name, when it differs from the record's", example = "Example")
        @Size(max = InputLimits.NAME) String familyName,
        @Schema(description = "The name the child is to be called, if not the given name", example = "Rosie")
        @Size(max = InputLimits.NAME) String preferredName) {

    public Birth birth() {
        return new Birth(dateOfBirth, gender, ethnicity, religion, givenName, middleNames, familyName, preferredName);
    }
}
