package io.casework.casenotes.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.casework.casenotes.domain.RequesterRelationship;
import io.casework.casenotes.domain.SubjectAccessState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A subject access request and where its review stands. */
@Schema(description = "A subject access request (002 s.9): who asked, when it is due, and where the review stands")
public record SubjectAccessRequestDto(
        @Schema(description = "The request's id", example = "7c9e6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID id,
        @Schema(description = "The child's id", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "Who asked", example = "Sarah Example")
        String requesterName,
        @Schema(description = "CHILD, PARENT_WITH_PARENTAL_RESPONSIBILITY or REPRESENTATIVE",
                example = "PARENT_WITH_PARENTAL_RESPONSIBILITY")
        RequesterRelationship relationship,
        @Schema(description = "How their identity was checked", example = "Passport seen at the front desk")
        String identityChecked,
        @Schema(description = "The day it was received", example = "2026-11-20")
        LocalDate receivedOn,
        @Schema(description = "The day it is due: one month from receipt, on a working day (UK GDPR Art. 12(3))",
                example = "2026-12-21")
        LocalDate dueOn,
        @Schema(description = "The day it is due once extended by two further months; null when not extended",
                example = "2027-02-22")
        LocalDate extendedDueOn,
        @Schema(description = "Why it was extended; null when not", example = "Eleven years of records to review")
        String extensionReason,
        @Schema(description = "IN_REVIEW (a manager is deciding what is withheld) or REVIEWED (the export can be "
                + "produced)", example = "IN_REVIEW")
        SubjectAccessState state,
        @Schema(description = "Who recorded the request, by name", example = "Sam Example")
        String recordedBy,
        @Schema(description = "When it was recorded, UTC", example = "2026-11-20T09:12:00Z")
        Instant recordedAt,
        @Schema(description = "The manager who completed the review; null while in review", example = "Jo Example")
        String reviewCompletedBy,
        @Schema(description = "When the review was completed, UTC; null while in review",
                example = "2026-12-01T16:40:00Z")
        Instant reviewCompletedAt,
        @Schema(description = "Third-party statements still without a decision: the review cannot be completed "
                + "while any is left", example = "3")
        long undecidedThirdParty,
        @Schema(description = "The items withheld so far, counted by category")
        List<WithheldCountDto> withheld,
        @Schema(description = "The originators consulted, in the order recorded")
        List<SubjectAccessConsultationDto> consultations,
        @JsonIgnore @Schema(hidden = true)
        long version) {
}
