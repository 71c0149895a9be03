package io.casework.approvals.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a restriction request asks the head of service to decide: never the record. */
@Schema(description = "What a RESTRICT_RECORD request asks (001 \"Restricted Records\"): the restriction and the "
        + "requester's reasons. The decider sees these, never the record, which may be closed to them")
public record RestrictionRequestedDto(
        @Schema(description = "The restriction asked for: ADOPTION, OTHER, or NONE to lift the restriction",
                example = "OTHER", enumeration = {"NONE", "ADOPTION", "OTHER"})
        String restriction,
        @Schema(description = "Why, as the requester gave it",
                example = "The child's mother has joined the north team as a family support worker", maxLength = 500)
        String reasons) {
}
