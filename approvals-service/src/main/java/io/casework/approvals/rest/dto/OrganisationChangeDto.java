package io.casework.approvals.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One change to the organisation model: the subject after it, who made it and when. */
public record OrganisationChangeDto(String subjectKind, String subjectId, long version, String change,
                                    JsonNode after, String changedBy, Instant changedAt) {
}
