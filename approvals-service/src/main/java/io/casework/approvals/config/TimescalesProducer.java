package io.casework.approvals.config;

import io.casework.timescales.Authorities;
import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The calendar and the authority's rule set (casework.authority, shared with case-notes-service) from casework-timescales: due dates are never computed twice. */
public class TimescalesProducer {

    @Produces
    @Singleton
    WorkingDayCalendar calendar() {
        return WorkingDayCalendar.englandAndWales();
    }

    @Produces
    @Singleton
    RuleSet ruleSet(@ConfigProperty(name = "casework.authority", defaultValue = Authorities.DEFAULT) String authority) {
        return RuleSetRegistry.standard().ruleSet(authority);
    }
}
