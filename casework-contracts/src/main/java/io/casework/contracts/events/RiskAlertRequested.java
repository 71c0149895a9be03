package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A risk alert was asked for on a child's record (001 "Risk Alerts"). approvals-service routes it to the head of
 * service of the child's service area, who decides whether it is recorded. It carries what the decider must judge:
 * the kind, since when, the description and the dated entries it refers to (by id; the decider opens them in
 * case-notes-service if the record is open to them).
 *
 * @param type        a {@code RiskAlertType} name
 * @param startedOn   the date the risk started or was first known
 * @param noteIds     the child's case notes the description refers to
 * @param documentIds the child's documents the description refers to
 * @param team        the child's team, whose management line leads to the deciding head of service
 */
public record RiskAlertRequested(
        UUID riskAlertId,
        UUID childId,
        String type,
        LocalDate startedOn,
        String description,
        List<UUID> noteIds,
        List<UUID> documentIds,
        String team,
        String requestedBy,
        String requestedByName,
        String requestedByDesignation,
        Instant requestedAt) {
}
