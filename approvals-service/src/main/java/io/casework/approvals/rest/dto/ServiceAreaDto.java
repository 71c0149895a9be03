package io.casework.approvals.rest.dto;

import java.time.Instant;

/** A service area and its head of service. */
public record ServiceAreaDto(String id, String name, String headOfService, long version, Instant updatedAt,
                             String updatedBy) {
}
