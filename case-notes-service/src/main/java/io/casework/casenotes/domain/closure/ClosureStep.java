package io.casework.casenotes.domain.closure;

import java.util.Arrays;
import java.util.List;

/**
 * The eight steps of closing a child's case (002 s.12 "For All Cases (Steps 1-8)"), in the seed's order. Two of the
 * worker's steps are entries on the record, and the step links to that entry: the closing summary and the chronology
 * entry of the decision to close are both case notes of the child. The manager's oversight (step 3) is not recorded
 * by the worker at all: it is the practice manager's decision, made in approvals-service, and recorded here when that
 * decision is applied.
 */
public enum ClosureStep {
    /** 1. "Closing Summary to be completed ... Reasons for closure must also be included". */
    CLOSING_SUMMARY(1, true, false),
    /** 2. "The chronology must be updated and include decision to close case". */
    CHRONOLOGY_DECISION(2, true, false),
    /** 3. "Management Oversight detailing the reasons ... must be documented on each child's record". */
    MANAGEMENT_OVERSIGHT(3, false, true),
    /** 4. "Inform the child, young person and/or their family in writing that the case is being closed". */
    CHILD_AND_FAMILY_INFORMED(4, false, false),
    /** 5. "Inform other organisations that have a continuing involvement with the child or family". */
    ORGANISATIONS_INFORMED(5, false, false),
    /** 6. A child moving out of the authority: the procedure for children moving across boundaries followed. */
    MOVE_ACROSS_BOUNDARIES_CHECKED(6, false, false),
    /** 7. "Where the LCS Workbook requires closure ... follow the Ending A Workbook Episode process". */
    WORKBOOK_EPISODE_ENDED(7, false, false),
    /** 8. "Ensure involvement on LCS has ended". */
    INVOLVEMENT_ENDED(8, false, false);

    private final int number;
    private final boolean recordEntry;
    private final boolean managers;

    ClosureStep(int number, boolean recordEntry, boolean managers) {
        this.number = number;
        this.recordEntry = recordEntry;
        this.managers = managers;
    }

    /** The step's number in 002 s.12. */
    public int number() {
        return number;
    }

    /** Whether the step is done by an entry on the record (a case note), which the step names. */
    public boolean recordEntry() {
        return recordEntry;
    }

    /** Whether the step is the manager's decision rather than the worker's act. */
    public boolean managers() {
        return managers;
    }

    /** The steps the worker records before the closure goes to the manager. */
    public static List<ClosureStep> workers() {
        return Arrays.stream(values()).filter(step -> !step.managers).toList();
    }
}
