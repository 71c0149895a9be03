package io.casework.deadlines.config;

import io.casework.deadlines.domain.DeadlineKind;
import io.casework.timescales.RuleSet;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Checks at start-up that the configured authority's rule set has every rule this service computes due dates from:
 * a service that cannot compute its oversight deadline must not start at all, rather than dead-letter every
 * statutory visit note it is sent. (The calendar and rule set themselves come from casework-backbone.)
 */
@ApplicationScoped
public class RequiredRulesCheck {

    void onStart(@Observes StartupEvent event, RuleSet rules) {
        rules.rule(DeadlineKind.MANAGEMENT_OVERSIGHT.ruleId());
    }
}
