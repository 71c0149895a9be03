package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.record.Address;
import io.casework.casenotes.domain.record.ChildDetailsFields;
import io.casework.casenotes.domain.record.ChildIdentifier;
import io.casework.casenotes.domain.record.HouseholdMember;
import io.casework.casenotes.domain.record.School;
import io.casework.casenotes.domain.record.SignificantPerson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The child's details as they should now stand, replacing the record's, and why (002 s.5). A field left out is
 * cleared: send back what you read, changed where it needs to be.
 */
@Schema(description = "The child's details as they should now stand, with why they change (002 s.5). It replaces "
        + "the details whole: a field left out is cleared, so send back what GET /children/{childId} answered, "
        + "changed where it needs to be. Whether the child is unborn changes only by recording the birth")
public record ChildDetailsRequest(
        @Schema(description = "Given name", example = "Leo")
        @NotBlank @Size(max = InputLimits.NAME) String givenName,
        @Schema(description = "Middle names; absent for none", example = "James")
        @Size(max = InputLimits.NAME) String middleNames,
        @Schema(description = "Family name", example = "Example")
        @NotBlank @Size(max = InputLimits.NAME) String familyName,
        @Schema(description = "The name the child likes to be called; absent for none", example = "Lee")
        @Size(max = InputLimits.NAME) String preferredName,
        @Schema(description = "Date of birth; absent for an unborn child", example = "2015-06-14")
        @PastOrPresent LocalDate dateOfBirth,
        @Schema(description = "An unborn child's expected date of birth; absent for a born child",
                example = "2026-07-01")
        LocalDate expectedDateOfBirth,
        @Schema(description = "Gender, or the gender the child identifies as; for an unborn child absent or "
                + "\"Information not yet obtained\" (002 s.6)", example = "Male")
        @Size(max = 100) String gender,
        @Schema(description = "Ethnicity; for an unborn child absent or \"Information not yet obtained\" (002 s.6)",
                example = "White British")
        @Size(max = InputLimits.NAME) String ethnicity,
        @Schema(description = "Religion (\"Not stated\" where it is not suitable to record one yet); for an unborn "
                + "child absent or \"Information not yet obtained\" (002 s.6)", example = "Not stated")
        @Size(max = InputLimits.NAME) String religion,
        @Schema(description = "First language", example = "English")
        @Size(max = InputLimits.NAME) String language,
        @Schema(description = "Whether an interpreter is needed; absent when not known", example = "false")
        Boolean interpreterNeeded,
        @Schema(description = "Immigration status", example = "British citizen")
        @Size(max = InputLimits.NAME) String immigrationStatus,
        @Schema(description = "Nationality", example = "British")
        @Size(max = InputLimits.NAME) String nationality,
        @Schema(description = "Whether the child is disabled; absent when not known", example = "false")
        Boolean disabled,
        @Schema(description = "The child's disability and what it means for them", example = "Uses hearing aids")
        @Size(max = InputLimits.LINE) String disabilityDetails,
        @Schema(description = "Identifiers in other registers, each with its scheme")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull ChildIdentifier> identifiers,
        @Schema(description = "Addresses, current (no `to`) and past: close the old one and add the new one on a "
                + "move, so the history stays")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull Address> addresses,
        @Schema(description = "Everyone who lives in the family home, and who holds parental responsibility")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull HouseholdMember> household,
        @Schema(description = "People particularly close to the child outside the household, including those who "
                + "have died")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull SignificantPerson> significantPeople,
        @Schema(description = "Schools attended, with the days on and off roll")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull School> schools,
        @Schema(description = "Why the details change: kept in the record's history with who changed them and when "
                + "(002 s.5)", example = "Date of birth corrected from the birth certificate seen on the home visit")
        @NotBlank @Size(max = InputLimits.LINE) String reason) implements ChildDetailsFields {
}
