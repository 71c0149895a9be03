package io.casework.casenotes.domain;

import io.casework.backbone.access.Relation;
import io.casework.backbone.access.Restriction;
import io.casework.casenotes.domain.RestrictionRequestRules.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** 001 "Restricted Records": "Anyone in the child's management line may ask for a record to be restricted". */
class RestrictionRequestRulesTest {

    @ParameterizedTest(name = "{0}: may ask {1}")
    @CsvSource({"ALLOCATED, true", "SUPERVISOR, true", "TEAM_LINE, true", "AREA_LINE, true", "TEAM, false",
            "AREA, false", "OTHER_AREA, false", "IRO_ASSIGNED, false", "IRO_OTHER, false", "ADOPTION, false",
            "NONE, false"})
    @DisplayName("001 \"Restricted Records\": the management line asks; colleagues, IROs and the adoption team do not")
    void managementLine(Relation relation, boolean mayAsk) {
        assertThat(RestrictionRequestRules.mayAsk(EnumSet.of(relation), false)).isEqualTo(mayAsk);
    }

    @Test
    @DisplayName("ACCESS-RULES \"Restricted child\": someone off a restricted record's list may not ask, whatever "
            + "their post; a team colleague who also supervises the worker may")
    void offTheList() {
        assertThat(RestrictionRequestRules.mayAsk(Set.of(Relation.AREA_LINE), true)).isFalse();
        assertThat(RestrictionRequestRules.mayAsk(EnumSet.of(Relation.TEAM, Relation.SUPERVISOR), false)).isTrue();
    }

    @Test
    @DisplayName("001 \"Restricted Records\": the right to ask first, then the head of service deciding directly, "
            + "then a request for what the record is already, then one waiting")
    void refusalsInOrder() {
        assertThat(RestrictionRequestRules.refusal(false, true, Restriction.NONE, Restriction.NONE, true))
                .contains(Refusal.NOT_IN_LINE);
        assertThat(RestrictionRequestRules.refusal(true, true, Restriction.NONE, Restriction.NONE, true))
                .contains(Refusal.DECIDES_DIRECTLY);
        assertThat(RestrictionRequestRules.refusal(true, false, Restriction.OTHER, Restriction.OTHER, true))
                .contains(Refusal.UNCHANGED);
        assertThat(RestrictionRequestRules.refusal(true, false, Restriction.OTHER, Restriction.NONE, true))
                .contains(Refusal.ALREADY_REQUESTED);
        assertThat(RestrictionRequestRules.refusal(true, false, Restriction.OTHER, Restriction.ADOPTION, false))
                .isEqualTo(Optional.empty());
    }
}
