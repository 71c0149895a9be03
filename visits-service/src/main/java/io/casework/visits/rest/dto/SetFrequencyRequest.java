package io.casework.visits.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A manager's visit frequency for one child, or none to go back to the rule set's. Both halves of the interval or
 * neither.
 */
@Schema(description = "A manager's visit frequency for one child: at most everyAmount everyUnit between visits. Leave "
        + "both out to go back to the rule set's frequency")
public record SetFrequencyRequest(
        @Schema(description = "How many units apart visits are at most (1 to 366)", example = "2")
        @Min(1) @Max(366) Integer everyAmount,
        @Schema(description = "WORKING_DAYS, CALENDAR_DAYS, WEEKS or MONTHS", example = "WEEKS")
        @Pattern(regexp = "WORKING_DAYS|CALENDAR_DAYS|WEEKS|MONTHS",
                message = "must be WORKING_DAYS, CALENDAR_DAYS, WEEKS or MONTHS") String everyUnit,
        @Schema(description = "Why: the plan that sets it, or the risk that calls for it", required = true,
                example = "The CIN plan agreed on 3 March sets fortnightly visits")
        @NotBlank @Size(max = 2000) String reason) {
}
