package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A worker completed their steps of closing a child's case (002 s.12 steps 1-2 and 4-8) and asks for the manager's
 * oversight (step 3). approvals-service routes it to the practice manager of the child's team, who decides with
 * reasons. It carries the closure's own fields, never the record.
 *
 * @param reason           why the case closes (CLOSURE reasons of case-notes-service, e.g. NO_FURTHER_ACTION_ON_REFERRAL)
 * @param reasonDetails    the worker's words on why closure is appropriate
 * @param referrerFeedback the feedback given to the referrer of a referral closed with no further action; null otherwise
 * @param team             the child's team, whose practice manager decides
 */
public record CaseClosureRequested(
        UUID closureId,
        UUID childId,
        String reason,
        String reasonDetails,
        String referrerFeedback,
        String team,
        String requestedBy,
        String requestedByName,
        String requestedByDesignation,
        Instant requestedAt) {
}
