package io.casework.casenotes.domain.record;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A school the child attends or attended, with the days they came on and went off its roll: 002 s.6 asks the early
 * help record to keep this up to date "with on and off role data when changes happen".
 */
@Schema(description = "A school the child attends or attended, with when they came on and went off its roll "
        + "(002 s.6: in early help the school attended is imperative, updated when it changes)")
public record School(
        @Schema(description = "The school's name", example = "Example Primary School")
        @NotBlank @Size(max = InputLimits.NAME) String name,
        @Schema(description = "The school's unique reference number (URN, six digits), if known", example = "105821")
        @Pattern(regexp = "^[0-9]{6}$", message = "must be a school's URN: six digits") String urn,
        @Schema(description = "The day the child came on the roll, if known", example = "2021-09-01")
        LocalDate onRoll,
        @Schema(description = "The day the child went off the roll; absent while the child attends",
                example = "2024-07-19")
        LocalDate offRoll) {
}
