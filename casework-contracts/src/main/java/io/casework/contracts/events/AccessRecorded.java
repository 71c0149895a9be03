package io.casework.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone read or changed a piece of a child's data in the service that publishes this, or was refused (002 s.5:
 * name, job title and purpose). case-notes-service appends it to the child's access log, which holds the accesses of
 * every service.
 *
 * @param accessId    unique per access: the log keeps each once however often the event is delivered
 * @param service     the service that served (or refused) the access
 * @param action      what was done, as the operation's method and path
 * @param accessClass the operation's access class (ACCESS-RULES.md), e.g. record.read
 * @param outcome     ALLOWED, ALLOWED_WITH_PURPOSE, PURPOSE_REQUIRED or REFUSED
 */
public record AccessRecorded(
        UUID accessId,
        UUID childId,
        String service,
        String username,
        String fullName,
        String designation,
        String team,
        String action,
        String accessClass,
        String purpose,
        String outcome,
        String basis,
        Instant at) {
}
