package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone in the child's management line asked for the child's record to be restricted, or for its restriction to be
 * lifted, with reasons (001 "Restricted Records": "Anyone in the child's management line may ask"). approvals-service
 * routes it to the head of service of the child's service area, who decides. It carries the request's fields only,
 * never the record: the decider may be off the restriction's list.
 *
 * @param restriction the restriction asked for: ADOPTION, OTHER, or NONE to lift it
 * @param team        the child's team, whose management line leads to the deciding head of service
 */
public record RestrictionRequested(
        UUID restrictionRequestId,
        UUID childId,
        String restriction,
        String reasons,
        String team,
        String requestedBy,
        String requestedByName,
        String requestedByDesignation,
        Instant requestedAt) {
}
