package io.casework.approvals.service;

import io.casework.approvals.domain.ApprovalKind;
import io.casework.timescales.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of decisions that need a manager, as the authority's rule set composes it (issue 17: approval types
 * are data, composed per authority like the timescale rule sets): 002 names the team manager for case-note oversight
 * where 004 names the practice manager. Read once from the rule set this deployment follows.
 */
@ApplicationScoped
public class ApprovalCatalogue {

    private final Map<String, ApprovalKind> kinds = new LinkedHashMap<>();

    @Inject
    public ApprovalCatalogue(RuleSet rules) {
        rules.approvalTypes().forEach(type -> kinds.put(type.id(), ApprovalKind.of(type)));
    }

    public Optional<ApprovalKind> find(String kind) {
        return Optional.ofNullable(kinds.get(kind));
    }

    /**
     * The kind of a request already routed.
     *
     * @throws IllegalStateException when the authority's catalogue no longer has it
     */
    public ApprovalKind get(String kind) {
        return find(kind).orElseThrow(() -> new IllegalStateException("decision kind " + kind + " is not in the "
                + "authority's approval catalogue"));
    }

    /** Every kind, in the rule set's order. */
    public List<ApprovalKind> all() {
        return List.copyOf(kinds.values());
    }

    /** The kinds whose decision is timed by the timescale rule {@code ruleId}. */
    public List<String> timedBy(String ruleId) {
        return kinds.values().stream().filter(kind -> Objects.equals(kind.getTimescaleRule(), ruleId))
                .map(ApprovalKind::getKind).toList();
    }
}
