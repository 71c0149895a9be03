package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.record.Address;
import io.casework.casenotes.domain.record.ChildIdentifier;
import io.casework.casenotes.domain.record.HouseholdMember;
import io.casework.casenotes.domain.record.School;
import io.casework.casenotes.domain.record.SignificantPerson;
import io.casework.contracts.PlanType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's basic record as the API shows it. In a list, a child the caller may open only with a stated purpose
 * (ACCESS-RULES "Lists") is shown by id alone, {@code detailsWithheld} true, until it is opened with a purpose.
 * {@code version} is also the record's ETag: every change to the record names it in If-Match.
 */
@Schema(description = "A child's basic record (001 \"The Basic Record\", 002 s.6). In a list, a child you may open "
        + "only with a stated purpose is shown by id alone: every other field is null (lists empty, version 0) and "
        + "detailsWithheld is true, until you open it with X-Access-Purpose")
public record ChildDto(
        @Schema(description = "The child's id", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID id,
        @Schema(description = "Given name", example = "Leo", maxLength = 200)
        String givenName,
        @Schema(description = "Middle names, if any", example = "James", maxLength = 200)
        String middleNames,
        @Schema(description = "Family name", example = "Example", maxLength = 200)
        String familyName,
        @Schema(description = "The name the child likes to be called, if not the given name", example = "Lee",
                maxLength = 200)
        String preferredName,
        @Schema(description = "Date of birth, an ISO-8601 date; null for an unborn child", example = "2015-06-14")
        LocalDate dateOfBirth,
        @Schema(description = "True for an unborn child, who cannot be seen on a visit; recording the birth (POST "
                + "/children/{childId}/birth) makes it false", example = "false")
        boolean unborn,
        @Schema(description = "Expected date of birth of an unborn child, an ISO-8601 date; null otherwise (once the "
                + "birth is recorded, the expected date is in the record's history)", example = "2026-07-01")
        LocalDate expectedDateOfBirth,
        @Schema(description = "Gender, or the gender the child identifies as; \"Information not yet obtained\" when "
                + "not known, and always for an unborn child (002 s.6)", example = "Male", maxLength = 100)
        String gender,
        @Schema(description = "Ethnicity as recorded; \"Information not yet obtained\" when not known, and always "
                + "for an unborn child (002 s.6)", example = "Information not yet obtained", maxLength = 200)
        String ethnicity,
        @Schema(description = "Religion as recorded (\"Not stated\" where it is not suitable to record one yet); "
                + "\"Information not yet obtained\" when not known, and always for an unborn child (002 s.6)",
                example = "Information not yet obtained", maxLength = 200)
        String religion,
        @Schema(description = "The child's first language, if recorded", example = "English", maxLength = 200)
        String language,
        @Schema(description = "Whether the child (or family) needs an interpreter; null when not recorded",
                example = "false")
        Boolean interpreterNeeded,
        @Schema(description = "Immigration status, if recorded", example = "British citizen", maxLength = 200)
        String immigrationStatus,
        @Schema(description = "Nationality, if recorded", example = "British", maxLength = 200)
        String nationality,
        @Schema(description = "Whether the child is disabled; null when not recorded", example = "false")
        Boolean disabled,
        @Schema(description = "The child's disability and what it means for them, if recorded",
                example = "Hearing impairment: uses hearing aids; prefers face-to-face conversation", maxLength = 500)
        String disabilityDetails,
        @Schema(description = "Identifiers in other registers (NHS number, unique pupil number, other systems' ids), "
                + "each with its scheme")
        List<ChildIdentifier> identifiers,
        @Schema(description = "Addresses, current (no `to`) and past, with when the child lived at each")
        List<Address> addresses,
        @Schema(description = "Everyone who lives in the family home with the child, and who of them holds parental "
                + "responsibility")
        List<HouseholdMember> household,
        @Schema(description = "People particularly close to the child outside the household, including those who "
                + "have died")
        List<SignificantPerson> significantPeople,
        @Schema(description = "Schools attended, with the days on and off roll")
        List<School> schools,
        @Schema(description = "The authority whose timescales apply to the child's record: the id of a rule set "
                + "of deadlines-service's GET /timescales", example = "lcs-practice-guide")
        String authority,
        @Schema(description = "The id of the team the case belongs to", example = "north", maxLength = 100)
        String team,
        @Schema(description = "The social worker or senior practitioner the case is allocated to. Full name, "
                + "designation and team as the organisation model holds them now",
                example = Person.Examples.SOCIAL_WORKER)
        Person allocatedWorker,
        @Schema(description = "CIN, CP, CLA, CARE_LEAVER or EARLY_HELP: the plan the child is on, which sets the "
                + "statutory visit frequency", example = "CP")
        PlanType planType,
        @Schema(description = "When the current plan started, an ISO-8601 date in England", example = "2026-02-09")
        LocalDate planStartDate,
        @Schema(description = "When the record was opened, UTC (ISO-8601 with offset Z)",
                example = "2026-02-09T11:20:00Z")
        Instant registeredAt,
        @Schema(description = "Who opened the record. Full name, designation and team as the organisation model "
                + "holds them now; only the username once they have left", example = Person.Examples.SOCIAL_WORKER)
        Person registeredBy,
        @Schema(description = "The independent reviewing officer who reviews the child's plan; null when none is "
                + "assigned", example = Person.Examples.IRO)
        Person iro,
        @Schema(description = "The record's version, raised by every change to it (details, birth, allocation, "
                + "transfer, IRO): also its ETag, to send as If-Match on those changes; 0 when details are withheld",
                example = "1", minimum = "0")
        long version,
        @Schema(description = "True when the child is listed by id alone: open it with X-Access-Purpose to see it",
                example = "false")
        boolean detailsWithheld) {

    public static ChildDto withheld(UUID id) {
        return new ChildDto(id, null, null, null, null, null, false, null, null, null, null, null, null, null, null,
                null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null,
                null, null, 0, true);
    }
}
