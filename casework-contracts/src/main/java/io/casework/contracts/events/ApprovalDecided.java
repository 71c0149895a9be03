package io.casework.contracts.events;

import io.casework.contracts.InvalidEventException;
import io.casework.contracts.Outcome;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An approver decided a request, or recorded a decision within their own authority without one. {@code outcome} is
 * APPROVED or RETURNED; the owning service applies it. Who decided is carried in full because the child's record must
 * show name, designation and time.
 *
 * @param subjectVersion the version of the subject the decision was made on: the owning service applies it only to
 *                       that version, so a late or replayed decision never lands on a newer one (0 on events written
 *                       before the field existed: no version to check)
 * @param late           decided after the decision's due date: recorded all the same, and marked (issue 17: a late
 *                       oversight is recorded, never shut out)
 * @param actingFor      when the decider acted for someone absent under a recorded delegation, whose decision it was;
 *                       null otherwise
 * @param details        the fields the request carried, by the catalogue's names (a record taken off site: its agreed
 *                       return date); empty for requests whose subject the owning service holds
 */
public record ApprovalDecided(
        UUID requestId,
        String kind,
        UUID childId,
        String subjectId,
        Outcome outcome,
        String comments,
        String decidedBy,
        String decidedByName,
        String decidedByDesignation,
        Instant decidedAt,
        int subjectVersion,
        boolean late,
        String actingFor,
        Map<String, String> details) {

    public ApprovalDecided {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A decision on the first version of its subject, on time, by the decider in their own right. */
    public ApprovalDecided(UUID requestId, String kind, UUID childId, String subjectId, Outcome outcome,
                           String comments, String decidedBy, String decidedByName, String decidedByDesignation,
                           Instant decidedAt) {
        this(requestId, kind, childId, subjectId, outcome, comments, decidedBy, decidedByName, decidedByDesignation,
                decidedAt, 1, false, null, Map.of());
    }

    /** The subject's id, for a kind whose subject is keyed by a UUID; a decision naming none cannot be applied. */
    public UUID subjectUuid() {
        try {
            return UUID.fromString(subjectId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidEventException("decision " + requestId + " on a " + kind + " names no subject: "
                    + subjectId);
        }
    }

    /** The request's field of that name in {@code details}; a decision without it cannot be applied. */
    public String detail(String name) {
        String value = details.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("decision " + requestId + " on a " + kind + " carries no " + name);
        }
        return value;
    }
}
