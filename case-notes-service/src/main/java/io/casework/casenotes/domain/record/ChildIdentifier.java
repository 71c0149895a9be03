package io.casework.casenotes.domain.record;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One identifier of the child in another register, with the scheme that issued it (002 s.6). */
@Schema(description = "An identifier of the child in another register, with the scheme that issued it (002 s.6 "
        + "\"any identification number\")")
public record ChildIdentifier(
        @Schema(description = "The register that issued it: NHS_NUMBER (ten digits, checked), UNIQUE_PUPIL_NUMBER "
                + "(a letter and twelve characters), NATIONAL_INSURANCE_NUMBER, HOME_OFFICE_REFERENCE, or "
                + "OTHER_SYSTEM (then name the system)", example = "NHS_NUMBER")
        @NotNull IdentifierScheme scheme,
        @Schema(description = "For OTHER_SYSTEM, the system that issued it; absent otherwise",
                example = "Early help module")
        @Size(max = InputLimits.NAME) String system,
        @Schema(description = "The identifier as issued, without spaces", example = "9434765919")
        @NotBlank @Size(max = ChildIdentifier.MAX_VALUE) String value) {

    public static final int MAX_VALUE = 40;
}
