package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A head of service's approved roll-back was applied to the child's record (000): the pathway steps started after
 * {@code rollBackTo} left the current record (they are kept, and can be re-added). Visits and deadlines that hung on
 * those steps are recomputed from the record as it now stands, and a payments system can stop what they set up (000:
 * "Rollback can affect any payments made or set up to be paid").
 *
 * @param steps  the steps that left the current record, each with its kind and whether it was still going on (none
 *               when another roll-back had moved them already)
 * @param noteId the case note, attributed to the head of service, that evidences the reason
 */
public record ChildRolledBack(
        UUID rollBackId,
        UUID rollBackRequestId,
        UUID childId,
        String team,
        LocalDate rollBackTo,
        List<MovedStep> steps,
        UUID noteId,
        String approvedBy,
        String approvedByName,
        Instant rolledBackAt) {

    /**
     * One step the roll-back moved out of the current record. A step still going on ({@code open}) no longer holds
     * what it set up: a looked-after episode or a plan for adoption ends with the roll-back, as a consumer that
     * followed its start would otherwise believe it still runs.
     *
     * @param open true when the step had not ended when it was rolled back
     */
    public record MovedStep(UUID stepId, String kind, LocalDate startDate, boolean open) {
    }
}
