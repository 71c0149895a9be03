package io.casework.backbone.timescales;

import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one working-day calendar, the rule sets and this deployment's authority rules, as beans for every service:
 * due dates are computed from the same data everywhere. The rule set is built at start-up, so a deployment configured
 * with no authority (production has no default), an unknown authority, a broken rule file or a bad bank holiday file
 * (the library's, or the one named by {@code CASEWORK_EXTRA_BANK_HOLIDAYS}) does not start.
 */
public class TimescalesProducer {

    /** The registry's own calendar, so that the version a late mark records covers the days it was counted on. */
    @Produces
    @Singleton
    WorkingDayCalendar calendar(RuleSetRegistry registry) {
        return registry.calendar();
    }

    @Produces
    @Singleton
    RuleSetRegistry registry() {
        return RuleSetRegistry.standard();
    }

    @Produces
    @Singleton
    @Startup
    RuleSet authorityRules(RuleSetRegistry registry, TimescalesConfig config) {
        return registry.ruleSet(AuthoritySetting.require(config.authority(), registry.authorities()));
    }

    /** The clock "today" and "overdue" are read from, in the authority's zone. */
    @Produces
    @Singleton
    Clock clock(TimescalesConfig config) {
        return Clock.system(config.zone());
    }
}
