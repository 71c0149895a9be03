package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.RemovalCriteria;
import io.casework.contracts.NoteContentField;
import io.casework.contracts.PersonConcerned;
import io.casework.contracts.PersonalInformationKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A request to remove factually inaccurate personal information from a finalised note (002 s.5): which parts of which
 * version, what kind of information, why it is inaccurate, and why the criteria for removal are met. Who asks and when
 * come from the token and the clock.
 */
@Schema(description = "A request to remove factually inaccurate personal information from a finalised note: a "
        + "manager decides it; the requester comes from the token")
public record InformationRemovalRequest(
        @Schema(description = "The version of the note the information is in", example = "1", minimum = "1",
                maximum = "2147483647")
        @NotNull @Min(1) @Max(Integer.MAX_VALUE) Integer version,
        @Schema(description = "The parts of that version whose content is the inaccurate information, each once. "
                + "Text parts: TITLE, NARRATIVE, CHILDS_WORDS, CHILDS_WORDS_HOW_OBTAINED, each replaced whole by a "
                + "marker. Sections, each removed whole (it then reads null): VISIT (the visit section), "
                + "PARENTS_AND_CARERS (every view in parentsAndCarers), STATEMENTS (every statement), INTERPRETER, "
                + "CONTACT, KEEP_IN_TOUCH, INFORMATION_SHARING (every entry), WITHHELD (every entry), "
                + "SIGNIFICANT_EVENT. A part the version holds nothing in (absent, an empty list, or removed already) "
                + "is refused. Name no more than must go; another request may take another part of the same version "
                + "later", example = "[\"STATEMENTS\"]", minItems = 1, maxItems = NoteContentField.COUNT)
        @NotEmpty @Size(max = NoteContentField.COUNT) List<@NotNull NoteContentField> fields,
        @Schema(description = "What kind of personal information it is", example = "HEALTH")
        @NotNull PersonalInformationKind informationKind,
        @Schema(description = "Whose information it is", example = "THIRD_PARTY")
        @NotNull PersonConcerned concerns,
        @Schema(description = "Why it is factually inaccurate and how that is known, without repeating it: the "
                + "deciding manager reads this, and the note itself for the content",
                example = "The narrative records a neighbour's diagnosis, given by the neighbour about herself; it was "
                        + "written on Leo's record instead of the neighbour's own referral.",
                maxLength = InputLimits.PARAGRAPH)
        @NotBlank @Size(max = InputLimits.PARAGRAPH) String reason,
        @Schema(description = "Why the criteria for removal are met")
        @NotNull @Valid RemovalCriteria criteria) {
}
