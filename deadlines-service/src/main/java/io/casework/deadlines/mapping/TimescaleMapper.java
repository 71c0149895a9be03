package io.casework.deadlines.mapping;

import io.casework.deadlines.rest.dto.AuthorityView;
import io.casework.deadlines.rest.dto.RuleSetView;
import io.casework.deadlines.rest.dto.RuleView;
import io.casework.deadlines.rest.dto.SourceView;
import io.casework.timescales.RuleSet;
import io.casework.timescales.Source;
import io.casework.timescales.TimescaleRule;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.Optional;

/** casework-timescales' rule sets as public reference data, unchanged but for flattening. */
@Mapper
public interface TimescaleMapper {

    AuthorityView toAuthority(RuleSet ruleSet);

    @Mapping(target = "rules", expression = "java(toRules(ruleSet.rules()))")
    RuleSetView toRuleSet(RuleSet ruleSet);

    List<RuleView> toRules(List<TimescaleRule> rules);

    @Mapping(target = "amount", source = "timescale.amount")
    @Mapping(target = "unit", source = "timescale.unit")
    RuleView toRule(TimescaleRule rule);

    SourceView toSource(Source source);

    default String orNull(Optional<String> value) {
        return value.orElse(null);
    }
}
