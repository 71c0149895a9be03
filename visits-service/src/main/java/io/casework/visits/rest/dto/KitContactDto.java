package io.casework.visits.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A care leaver's keep-in-touch contact as its note's latest version says, with its SSDA903 flag. */
@Schema(description = "A care leaver's keep-in-touch contact (004 \"Recording KIT Visits\"), as its note's latest "
        + "version says")
public record KitContactDto(
        @Schema(description = "The case note that records it", example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID noteId,
        @Schema(description = "The day of the contact, an ISO-8601 date in England", example = "2026-03-02")
        LocalDate contactDate,
        @Schema(description = "The note's version these facts are from", example = "1", minimum = "1")
        int noteVersion,
        @Schema(description = "Whether the authority is in touch with the care leaver; a contact counts as the KIT "
                + "contact due only when it is", example = "true")
        boolean inTouch,
        @Schema(description = "EDUCATION, TRAINING, EMPLOYMENT or NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING",
                example = "TRAINING")
        String mainActivity,
        @Schema(description = "Where the care leaver lives and whether it suits them",
                example = "Supported lodgings; settled")
        String accommodation,
        @Schema(description = "True when the contact is within 2 months either side of the care leaver's 17th to "
                + "21st birthday, so it goes on the SSDA903 return (004)", example = "true")
        boolean ssda903,
        @Schema(description = "That birthday (17 to 21); null when not near one", example = "18")
        Integer ssda903Birthday) {
}
