package io.casework.deadlines.mapping;

import io.casework.deadlines.rest.dto.AuthorityDto;
import io.casework.deadlines.rest.dto.EscalationDto;
import io.casework.deadlines.rest.dto.EventMatchDto;
import io.casework.deadlines.rest.dto.RuleSetDto;
import io.casework.deadlines.rest.dto.RuleDto;
import io.casework.deadlines.rest.dto.SourceDto;
import io.casework.timescales.Escalation;
import io.casework.timescales.EventMatch;
import io.casework.timescales.RuleSet;
import io.casework.timescales.Source;
import io.casework.timescales.Timescale;
import io.casework.timescales.TimescaleRule;
import io.casework.timescales.Tracking;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.Optional;

/** casework-timescales' rule sets as public reference data, unchanged but for flattening. */
@Mapper(imports = {Timescale.class, Tracking.class})
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
    @Mapping(target = "everyAmount", expression = "java(rule.every().map(Timescale::amount).orElse(null))")
    @Mapping(target = "everyUnit", expression = "java(rule.every().map(every -> every.unit().name()).orElse(null))")
    @Mapping(target = "tracked", expression = "java(rule.tracked())")
    @Mapping(target = "opensOn", expression = "java(toEvents(rule.tracking().map(Tracking::opensOn)))")
    @Mapping(target = "metBy", expression = "java(toEvents(rule.tracking().map(Tracking::metBy)))")
    @Mapping(target = "cancelledBy", expression = "java(toEvents(rule.tracking().map(Tracking::cancelledBy)))")
    @Mapping(target = "owner", expression = "java(rule.tracking().map(tracking -> tracking.owner().name()).orElse(null))")
    @Mapping(target = "escalateTo", expression = "java(toEscalations(rule.tracking()))")
    RuleDto toRule(TimescaleRule rule);

    default List<EventMatchDto> toEvents(Optional<List<EventMatch>> events) {
        return events.orElse(List.of()).stream()
                .map(event -> new EventMatchDto(event.eventType(), event.when()))
                .toList();
    }

    default List<EscalationDto> toEscalations(Optional<Tracking> tracking) {
        return tracking.map(Tracking::escalateTo).orElse(List.of()).stream()
                .map(TimescaleMapper::toEscalation)
                .toList();
    }

    private static EscalationDto toEscalation(Escalation step) {
        return new EscalationDto(step.role().name(), step.after().map(Timescale::amount).orElse(null),
                step.after().map(after -> after.unit().name()).orElse(null));
    }

    SourceDto toSource(Source source);

    default String orNull(Optional<String> value) {
        return value.orElse(null);
    }
}
