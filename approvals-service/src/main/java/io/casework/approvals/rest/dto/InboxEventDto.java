package io.casework.approvals.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * One element of the live inbox stream: an approval was requested of the caller, or a request they made or were
 * assigned was decided. A client refreshes {@code GET /inbox} from it; the stream is a prompt, the inbox the record.
 *
 * @param type      {@code approval-requested} or {@code approval-decided}
 * @param eventId   the event's id, the same on every replica: a client that sees it twice can drop the second
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InboxEventDto(
        String type,
        String eventId,
        UUID requestId,
        String kind,
        UUID childId,
        String subjectId,
        String team,
        String assignee,
        String requestedBy,
        String outcome,
        String decidedBy,
        String decidedByName,
        String decidedByDesignation,
        Instant at) {

    public static final String REQUESTED = "approval-requested";
    public static final String DECIDED = "approval-decided";
}
