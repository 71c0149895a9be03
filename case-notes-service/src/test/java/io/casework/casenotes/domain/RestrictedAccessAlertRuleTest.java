package io.casework.casenotes.domain;

import io.casework.backbone.access.Restriction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

import static org.assertj.core.api.Assertions.assertThat;

/** ACCESS-RULES.md "Restricted child": "the attempt reaches the manager for the area". */
class RestrictedAccessAlertRuleTest {

    @ParameterizedTest(name = "{0} on {1}, off the list {2}: alert {3}")
    @CsvSource({"REFUSED, OTHER, true, true", "REFUSED, ADOPTION, true, true",
            "REFUSED, OTHER, false, false", "REFUSED, NONE, false, false",
            "ALLOWED, OTHER, false, false", "PURPOSE_REQUIRED, ADOPTION, false, false",
            "ALLOWED_WITH_PURPOSE, ADOPTION, false, false"})
    @DisplayName("ACCESS-RULES \"Restricted child\": only a refusal of someone off a restricted record's list alerts")
    void alerts(String outcome, Restriction restriction, boolean offList, boolean alerts) {
        assertThat(RestrictedAccessAlertRule.alerts(outcome, restriction, offList)).isEqualTo(alerts);
    }
}
