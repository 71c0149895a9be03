package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager completed the review of a subject access request (002 s.8): every item that needed a decision has one,
 * and the export the requester is given can now be produced. {@code withheldCount} is how many items are withheld;
 * {@code dueOn} the day the answer is due, so that a tracker can tell an answer in time from a late one.
 */
public record SubjectAccessReviewCompleted(
        UUID requestId,
        UUID childId,
        LocalDate dueOn,
        int withheldCount,
        String completedBy,
        Instant completedAt) {
}
