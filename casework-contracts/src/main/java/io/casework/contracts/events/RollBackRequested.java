package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A roll-back of a child's record was asked for on the form of 000 ("Request for Roll Back on EHM or LCS") and the
 * line manager has commented on it: approvals-service routes it to the head of service of the child's service area,
 * who approves or refuses it with reasons. It carries the form's fields, never the record.
 *
 * @param caseNumber      the child's case number (the record's id in this suite)
 * @param team            the child's team, whose management line leads to the deciding head of service
 * @param serviceArea     the locality or service the team belongs to
 * @param rollBackTo      the date the record is rolled back to: what started after it is rolled back
 * @param steps           what is rolled back: each pathway step with its event and date
 * @param managerComments the line manager's comments on the request
 */
public record RollBackRequested(
        UUID rollBackRequestId,
        UUID childId,
        String caseNumber,
        String childName,
        String allocatedWorker,
        String team,
        String serviceArea,
        LocalDate dateOfRequest,
        String reason,
        LocalDate rollBackTo,
        List<RolledBackStep> steps,
        String impact,
        String manager,
        String managerName,
        String managerComments,
        String requestedBy,
        String requestedByName,
        String requestedByDesignation,
        Instant requestedAt) {

    /** One pathway step a roll-back takes out of the current record: its kind (the event) and its start date. */
    public record RolledBackStep(UUID stepId, String kind, LocalDate startDate) {
    }
}
