package io.casework.casenotes.rest.dto;

import io.casework.contracts.PlanType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A child's basic record as the API shows it. */
public record ChildDto(
        UUID id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        boolean unborn,
        LocalDate expectedDateOfBirth,
        String gender,
        String ethnicity,
        String religion,
        String authority,
        String team,
        String allocatedWorker,
        PlanType planType,
        LocalDate planStartDate,
        Instant registeredAt,
        String registeredBy) {
}
