package io.casework.casenotes.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of the child's record as it was and as it became. */
@Schema(description = "One field of the child's record as it was and as it became. A single value is its text (a "
        + "date as yyyy-MM-dd, yes/no as true/false); a list (identifiers, addresses, household, significantPeople, "
        + "schools) is the whole list as JSON text. Null for nothing recorded")
public record FieldChangeDto(
        @Schema(description = "The field, as GET /children/{childId} names it", example = "dateOfBirth")
        String field,
        @Schema(description = "What it was; null when nothing was recorded", example = "2015-06-04")
        String before,
        @Schema(description = "What it became; null when it was cleared", example = "2015-06-14")
        String after) {
}
