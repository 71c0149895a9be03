package io.casework.deadlines.service;

import io.casework.backbone.problem.Problems;
import io.casework.deadlines.mapping.TimescaleMapper;
import io.casework.deadlines.rest.dto.AuthorityDto;
import io.casework.deadlines.rest.dto.RuleSetDto;
import io.casework.timescales.RuleSetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Each authority's timescale rules, straight from casework-timescales: the one home of those facts. */
@ApplicationScoped
public class TimescaleService {

    @Inject
    RuleSetRegistry registry;

    @Inject
    TimescaleMapper mapper;

    public List<AuthorityDto> authorities() {
        return registry.authorities().stream()
                .map(registry::ruleSet)
                .map(mapper::toAuthority)
                .toList();
    }

    public RuleSetDto ruleSet(String authority) {
        return registry.findRuleSet(authority)
                .map(ruleSet -> mapper.toRuleSet(ruleSet, registry.version()))
                .orElseThrow(() -> Problems.notFound("Authority", authority));
    }
}
