package io.casework.deadlines.mapping;

import io.casework.deadlines.rest.dto.AuthorityDto;
import io.casework.deadlines.rest.dto.RuleSetDto;
import io.casework.deadlines.rest.dto.RuleDto;
import io.casework.deadlines.rest.dto.SourceDto;
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

    @Mapping(target = "id", source = "authority")
    AuthorityDto toAuthority(RuleSet ruleSet);

    /** The rule set with {@code version}, the version of the rules and calendar in force that due dates record. */
    @Mapping(target = "id", source = "ruleSet.authority")
    @Mapping(target = "rules", expression = "java(toRules(ruleSet.rules()))")
    RuleSetDto toRuleSet(RuleSet ruleSet, String version);

    List<RuleDto> toRules(List<TimescaleRule> rules);

    @Mapping(target = "amount", source = "timescale.amount")
    @Mapping(target = "unit", source = "timescale.unit")
    RuleDto toRule(TimescaleRule rule);

    SourceDto toSource(Source source);

    default String orNull(Optional<String> value) {
        return value.orElse(null);
    }
}
