package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone off a restricted record's list tried to open it, in any service, and was refused (001 "Restricted Records";
 * ACCESS-RULES.md "Restricted child": the attempt reaches the manager for the area). Published by case-notes-service,
 * which sees every service's refusals on the child's access log, once per refused attempt; approvals-service alerts
 * the manager for the area in their inbox. It names the child by id alone: nothing of the record.
 *
 * @param attemptId   the refused access's id: the access log's, so that each attempt alerts once
 * @param service     the service that refused it
 * @param action      what was tried, as the refusing service names the operation
 * @param accessClass the operation's access class (ACCESS-RULES.md), e.g. record.read
 */
public record RestrictedAccessRefused(
        UUID attemptId,
        UUID childId,
        String service,
        String username,
        String fullName,
        String designation,
        String team,
        String action,
        String accessClass,
        Instant at) {
}
