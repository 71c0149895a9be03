package io.casework.visits.config;

import io.casework.contracts.PlanType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** {@code casework.visits.*}: how this authority plans statutory visits. */
@ConfigMapping(prefix = "casework.visits")
public interface VisitsConfig {

    /**
     * {@code casework.visits.frequency.<PLANTYPE>}: working days from one statutory visit (or the plan's start) to
     * the next due date.
     *
     * <p>Every 10 working days for every plan type is a LOCAL STANDARD of this suite, not a rule from the seeds:
     * none of them says how often a child in need, on a CP plan or looked after must be visited (004 says how to
     * record a statutory visit, 003 s.5b what the record holds), and frequencies differ by plan and by authority.
     * 004's two-monthly KIT visits for care leavers are a schedule in calendar months of their own, not this one.
     * An authority sets its own frequency per plan type; a plan type it leaves out gets the default.
     */
    @WithDefault("10")
    Map<PlanType, Integer> frequency();

    /** The configured frequency for a plan type; see {@link #frequency()}. */
    default int frequencyFor(PlanType planType) {
        Integer days = frequency().get(planType);
        if (days == null || days < 1) {
            throw new IllegalStateException("casework.visits.frequency." + planType
                    + " must be a number of working days of at least 1, was " + days);
        }
        return days;
    }
}
