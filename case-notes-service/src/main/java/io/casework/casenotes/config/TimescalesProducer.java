package io.casework.casenotes.config;

import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The calendar and this authority's rule set, loaded once from casework-timescales (never copied here). */
public class TimescalesProducer {

    @Produces
    @Singleton
    WorkingDayCalendar calendar() {
        return WorkingDayCalendar.englandAndWales();
    }

    @Produces
    @Singleton
    RuleSet ruleSet(CaseNotesConfig config) {
        return RuleSetRegistry.standard().ruleSet(config.authority());
    }
}
