package io.casework.casenotes.rest.dto;

import io.casework.contracts.PlanType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Opening a child's record. For an unborn child, ethnicity, religion and gender are recorded as "information not yet
 * obtained" whatever is sent (002 s.6). Team and allocated worker default to the caller's.
 */
@Schema(description = "Opening a child's record (001 \"The Basic Record\", 002 s.6)")
public record RegisterChildRequest(
        @Schema(description = "Given name", example = "Leo")
        @NotBlank @Size(max = 200) String givenName,
        @Schema(description = "Family name", example = "Example")
        @NotBlank @Size(max = 200) String familyName,
        @Schema(description = "Date of birth, an ISO-8601 date, today or before; absent for an unborn child",
                example = "2015-06-14")
        @PastOrPresent LocalDate dateOfBirth,
        @Schema(description = "True for an unborn child: give expectedDateOfBirth instead of dateOfBirth",
                example = "false")
        boolean unborn,
        @Schema(description = "Expected date of birth of an unborn child, an ISO-8601 date; absent otherwise",
                example = "2026-07-01")
        LocalDate expectedDateOfBirth,
        @Schema(description = "Gender; absent records \"Information not yet obtained\", as it always is for an "
                + "unborn child", example = "Male")
        @Size(max = 100) String gender,
        @Schema(description = "Ethnicity; absent records \"Information not yet obtained\", as it always is for an "
                + "unborn child", example = "White British")
        @Size(max = 200) String ethnicity,
        @Schema(description = "Religion; absent records \"Information not yet obtained\", as it always is for an "
                + "unborn child", example = "Information not yet obtained")
        @Size(max = 200) String religion,
        @Schema(description = "CIN, CP, CLA, CARE_LEAVER or EARLY_HELP: the plan the child is on", example = "CP")
        @NotNull PlanType planType,
        @Schema(description = "When the plan started, an ISO-8601 date in England", example = "2026-02-09")
        @NotNull LocalDate planStartDate,
        @Schema(description = "The id of the team to open the record in; only your own team, which is the default",
                example = "north")
        @Size(max = 100) String team,
        @Schema(description = "Username of the social worker or senior practitioner of the team to allocate the "
                + "case to; you by default", example = "north.sw1")
        @Size(max = 200) String allocatedWorker) {
}
