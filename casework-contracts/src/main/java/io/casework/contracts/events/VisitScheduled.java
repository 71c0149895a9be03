package io.casework.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The next statutory visit for a child is due by {@code dueDate}.
 *
 * @param frequencyWorkingDays the working days from the visit (or start) this one follows to its due date: the
 *                             frequency itself when it is counted in working days, otherwise this cycle's length
 * @param visitKind            which visits these are: CP, CLA, CIN, PRIVATE_FOSTERING or CARE_LEAVER_KIT; absent
 *                             from events published before issue 16
 * @param frequencyRule        the id of the visit frequency in the authority's rule set that set the due date, or
 *                             {@code manager-override} when a manager set the child's frequency; absent likewise
 */
public record VisitScheduled(
        UUID visitId,
        UUID childId,
        String team,
        String allocatedWorker,
        String planType,
        LocalDate dueDate,
        int frequencyWorkingDays,
        String visitKind,
        String frequencyRule) {

    /** A scheduled visit as announced before issue 16, without its kind and rule. */
    public VisitScheduled(UUID visitId, UUID childId, String team, String allocatedWorker, String planType,
                          LocalDate dueDate, int frequencyWorkingDays) {
        this(visitId, childId, team, allocatedWorker, planType, dueDate, frequencyWorkingDays, null, null);
    }
}
