package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone asked for everything held about a child (002 s.9, UK GDPR Art. 15), and the request was recorded on the
 * child's record: it must be answered by {@code dueOn}, one month from {@code receivedOn} (Art. 12(3)), a deadline
 * like any other for whoever tracks deadlines. Who asked and how their identity was checked stay on the record.
 */
public record SubjectAccessRequested(
        UUID requestId,
        UUID childId,
        LocalDate receivedOn,
        LocalDate dueOn,
        String recordedBy,
        Instant recordedAt) {
}
