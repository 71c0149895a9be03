package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager extended a complex subject access request by two further months (UK GDPR Art. 12(3)): it is now due by
 * {@code dueOn} instead of {@code previousDueOn}. The reason stays on the record.
 */
public record SubjectAccessExtended(
        UUID requestId,
        UUID childId,
        LocalDate previousDueOn,
        LocalDate dueOn,
        String decidedBy,
        Instant decidedAt) {
}
