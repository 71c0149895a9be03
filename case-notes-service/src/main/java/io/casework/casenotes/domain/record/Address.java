package io.casework.casenotes.domain.record;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * An address the child has lived at, from and to when. The current ones have no end date; the allocated worker keeps
 * them up to date (002 s.5), and a move adds an address rather than overwriting the last, so the history stays.
 */
@Schema(description = "An address the child lives or lived at (002 s.5: kept up to date by the allocated worker). "
        + "A current address has no `to`; a move closes the old one and adds the new one, so the history stays")
public record Address(
        @Schema(description = "First line", example = "12 Example Street")
        @NotBlank @Size(max = InputLimits.LINE) String line1,
        @Schema(description = "Second line, if any", example = "Flat 2")
        @Size(max = InputLimits.LINE) String line2,
        @Schema(description = "Town or city", example = "Rochdale")
        @Size(max = InputLimits.NAME) String town,
        @Schema(description = "Postcode", example = "OL16 1AB")
        @Size(max = Address.MAX_POSTCODE) String postcode,
        @Schema(description = "Who the child lives with there, or the placement and its arrangements when the child "
                + "does not live at home (001 \"The Basic Record\")", example = "Family home with mother and brother")
        @Size(max = InputLimits.LINE) String arrangement,
        @Schema(description = "The first day the child lived there, if known; an ISO-8601 date",
                example = "2021-09-01")
        LocalDate from,
        @Schema(description = "The last day the child lived there; absent while it is current", example = "2024-03-31")
        LocalDate to) {

    public static final int MAX_POSTCODE = 10;
}
