package io.casework.casenotes.rest.dto;

import io.casework.contracts.PlanType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Opening a child's record. For an unborn child, ethnicity, religion and gender are recorded as "information not yet
 * obtained" whatever is sent (002 s.6). Team and allocated worker default to the caller's.
 */
public record RegisterChildRequest(
        @NotBlank @Size(max = 200) String givenName,
        @NotBlank @Size(max = 200) String familyName,
        @PastOrPresent LocalDate dateOfBirth,
        boolean unborn,
        LocalDate expectedDateOfBirth,
        @Size(max = 100) String gender,
        @Size(max = 200) String ethnicity,
        @Size(max = 200) String religion,
        @NotNull PlanType planType,
        @NotNull LocalDate planStartDate,
        @Size(max = 100) String team,
        @Size(max = 200) String allocatedWorker) {
}
