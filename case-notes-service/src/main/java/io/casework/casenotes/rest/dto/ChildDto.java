package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.PlanType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's basic record as the API shows it. In a list, a child the caller may open only with a stated purpose
 * (ACCESS-RULES "Lists") is shown by id alone, {@code detailsWithheld} true, until it is opened with a purpose.
 * {@code version} is also the record's ETag: a change to the allocation or IRO names it in If-Match.
 */
@Schema(description = "A child's basic record (001 \"The Basic Record\", 002 s.6). In a list, a child you may open "
        + "only with a stated purpose is shown by id alone: every other field is null (version 0) and "
        + "detailsWithheld is true, until you open it with X-Access-Purpose")
public record ChildDto(
        @Schema(description = "The child's id", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID id,
        @Schema(description = "Given name", example = "Leo", maxLength = 200)
        String givenName,
        @Schema(description = "Family name", example = "Example", maxLength = 200)
        String familyName,
        @Schema(description = "Date of birth, an ISO-8601 date; null for an unborn child", example = "2015-06-14")
        LocalDate dateOfBirth,
        @Schema(description = "True for an unborn child, who cannot be seen on a visit", example = "false")
        boolean unborn,
        @Schema(description = "Expected date of birth of an unborn child, an ISO-8601 date; null otherwise",
                example = "2026-07-01")
        LocalDate expectedDateOfBirth,
        @Schema(description = "Gender as recorded; \"Information not yet obtained\" when not known, and always for "
                + "an unborn child (002 s.6)", example = "Male", maxLength = 100)
        String gender,
        @Schema(description = "Ethnicity as recorded; \"Information not yet obtained\" when not known, and always "
                + "for an unborn child (002 s.6)", example = "Information not yet obtained", maxLength = 200)
        String ethnicity,
        @Schema(description = "Religion as recorded; \"Information not yet obtained\" when not known, and always "
                + "for an unborn child (002 s.6)", example = "Information not yet obtained", maxLength = 200)
        String religion,
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
        @Schema(description = "The record's version, raised by every change of its allocation or IRO: also its "
                + "ETag, to send as If-Match on those changes; 0 when details are withheld", example = "1",
                minimum = "0")
        long version,
        @Schema(description = "True when the child is listed by id alone: open it with X-Access-Purpose to see it",
                example = "false")
        boolean detailsWithheld) {

    public static ChildDto withheld(UUID id) {
        return new ChildDto(id, null, null, null, false, null, null, null, null, null, null, null, null, null, null,
                null, null, 0, true);
    }
}
