package io.casework.approvals.repository;

import java.time.Instant;
import java.time.LocalDate;

/** One person's share of a team's pending requests, as the dashboard query counts it. */
public record PendingPerAssignee(String assignee, long pending, Instant oldestSince, LocalDate nextDue, long overdue,
                                 long escalated) {
}
