package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.record.Address;
import io.casework.casenotes.domain.record.ChildDetailsFields;
import io.casework.casenotes.domain.record.ChildIdentifier;
import io.casework.casenotes.domain.record.HouseholdMember;
import io.casework.casenotes.domain.record.School;
import io.casework.casenotes.domain.record.SignificantPerson;
import io.casework.contracts.PlanType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * Opening a child's record with what is known of the child (the rest is completed later, PUT details). For an unborn
 * child, ethnicity, religion and gender are recorded as "information not yet obtained" whatever is sent (002 s.6).
 * Team and allocated worker default to the caller's. The record is refused as a likely duplicate of one that exists
 * unless {@code duplicatesReviewed} says the worker has looked at the matches.
 */
@Schema(description = "Opening a child's record (001 \"The Basic Record\", 002 s.6) with what is known; everything "
        + "else can be completed later (PUT /children/{childId}/details). Refused with 409 likely-duplicate when a "
        + "record of the same child may exist, unless duplicatesReviewed is true")
public record RegisterChildRequest(
        @Schema(description = "Given name (\"Baby\" for an unborn child not yet named)", example = "Leo")
        @NotBlank @Size(max = InputLimits.NAME) String givenName,
        @Schema(description = "Middle names, if any", example = "James")
        @Size(max = InputLimits.NAME) String middleNames,
        @Schema(description = "Family name", example = "Example")
        @NotBlank @Size(max = InputLimits.NAME) String familyName,
        @Schema(description = "The name the child likes to be called, if not the given name", example = "Lee")
        @Size(max = InputLimits.NAME) String preferredName,
        @Schema(description = "Date of birth, an ISO-8601 date, today or before; absent for an unborn child",
                example = "2015-06-14")
        @PastOrPresent LocalDate dateOfBirth,
        @Schema(description = "True for an unborn child: give expectedDateOfBirth instead of dateOfBirth",
                example = "false")
        boolean unborn,
        @Schema(description = "Expected date of birth of an unborn child, an ISO-8601 date; absent otherwise",
                example = "2026-07-01")
        LocalDate expectedDateOfBirth,
        @Schema(description = "Gender, or the gender the child identifies as; absent records \"Information not yet "
                + "obtained\", as it always is for an unborn child", example = "Male")
        @Size(max = 100) String gender,
        @Schema(description = "Ethnicity; absent records \"Information not yet obtained\", as it always is for an "
                + "unborn child", example = "White British")
        @Size(max = InputLimits.NAME) String ethnicity,
        @Schema(description = "Religion; absent records \"Information not yet obtained\", as it always is for an "
                + "unborn child", example = "Information not yet obtained")
        @Size(max = InputLimits.NAME) String religion,
        @Schema(description = "First language, if known", example = "English")
        @Size(max = InputLimits.NAME) String language,
        @Schema(description = "Whether an interpreter is needed, if known", example = "false")
        Boolean interpreterNeeded,
        @Schema(description = "Immigration status, if known", example = "British citizen")
        @Size(max = InputLimits.NAME) String immigrationStatus,
        @Schema(description = "Nationality, if known", example = "British")
        @Size(max = InputLimits.NAME) String nationality,
        @Schema(description = "Whether the child is disabled, if known", example = "false")
        Boolean disabled,
        @Schema(description = "The child's disability and what it means for them", example = "Uses hearing aids")
        @Size(max = InputLimits.LINE) String disabilityDetails,
        @Schema(description = "Identifiers in other registers, each with its scheme")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull ChildIdentifier> identifiers,
        @Schema(description = "Addresses, current (no `to`) and past")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull Address> addresses,
        @Schema(description = "Everyone who lives in the family home, and who holds parental responsibility")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull HouseholdMember> household,
        @Schema(description = "People particularly close to the child outside the household, including those who "
                + "have died")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull SignificantPerson> significantPeople,
        @Schema(description = "Schools attended, with the days on and off roll")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull School> schools,
        @Schema(description = "CIN, CP, CLA, CARE_LEAVER or EARLY_HELP: the plan the child is on", example = "CP")
        @NotNull PlanType planType,
        @Schema(description = "When the plan started, an ISO-8601 date in England", example = "2026-02-09")
        @NotNull LocalDate planStartDate,
        @Schema(description = "The id of the team to open the record in; only your own team, which is the default",
                example = "north")
        @Size(max = 100) String team,
        @Schema(description = "Username of the social worker or senior practitioner of the team to allocate the "
                + "case to; you by default", example = "north.sw1")
        @Size(max = InputLimits.NAME) String allocatedWorker,
        @Schema(description = "True once you have looked at the likely duplicates the service found (the 409 "
                + "likely-duplicate answer, or GET /children/likely-duplicates) and this child has no record among "
                + "them: the record is then opened, and its history says so", example = "false")
        boolean duplicatesReviewed) implements ChildDetailsFields {
}
