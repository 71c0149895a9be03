package io.casework.deadlines.config;

import io.casework.deadlines.domain.DeadlineKind;
import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one calendar and the rule sets of casework-timescales, as beans. The configured authority's rule set is
 * checked when the service starts: a service that cannot compute its oversight deadline must not start at all,
 * rather than dead-letter every statutory visit note it is sent.
 */
public class TimescalesProducer {

    @Produces
    @Singleton
    WorkingDayCalendar calendar() {
        return WorkingDayCalendar.englandAndWales();
    }

    @Produces
    @Singleton
    RuleSetRegistry registry() {
        return RuleSetRegistry.standard();
    }

    @Produces
    @Singleton
    @Startup
    RuleSet authorityRules(RuleSetRegistry registry, DeadlinesConfig config) {
        RuleSet rules = registry.ruleSet(config.authority());
        rules.rule(DeadlineKind.MANAGEMENT_OVERSIGHT.ruleId());
        return rules;
    }

    @Produces
    @Singleton
    Clock clock(DeadlinesConfig config) {
        return Clock.system(config.zone());
    }
}
