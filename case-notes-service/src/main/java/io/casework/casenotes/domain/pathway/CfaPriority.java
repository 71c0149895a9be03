package io.casework.casenotes.domain.pathway;

import java.util.Arrays;
import java.util.Optional;

/**
 * The priority of a Child and Family Assessment: the working days from its start to its due date (004 "Setting A
 * Due Date (Priority) for New C&F": "Select the appropriate priority which will re-set the due date: 10, 30 or 45
 * working days"; DOMAIN rule 18). Every C&F starts at 10; a practice manager may reset it.
 *
 * <p>The unit is working days, as 004 states. The due date they give is counted by deadlines-service, the one
 * service that computes it, under the authority's rule {@link #ruleId()}; this service learns it from the deadline
 * that service opens (docs/architecture.md "Who computes each due date").
 */
public enum CfaPriority {
    TEN_WORKING_DAYS(10),
    THIRTY_WORKING_DAYS(30),
    FORTY_FIVE_WORKING_DAYS(45);

    /** 004: "the CART Manager authorises the referral and sets the initial priority to 10 working days". */
    public static final CfaPriority INITIAL = TEN_WORKING_DAYS;

    private final int workingDays;

    CfaPriority(int workingDays) {
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }

    /** The priority of so many working days, if 004 allows it. */
    public static Optional<CfaPriority> ofWorkingDays(int workingDays) {
        return Arrays.stream(values()).filter(p -> p.workingDays == workingDays).findFirst();
    }

    /** The id of the authority's timescale rule for this priority (casework-timescales, 004's base rule set). */
    public String ruleId() {
        return "cf-assessment-priority-" + workingDays;
    }
}
