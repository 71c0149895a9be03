package io.casework.timescales;

import io.casework.timescales.RuleSetFile.CheckedFile;
import io.casework.timescales.RuleSetFile.CheckedRule;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns checked files into resolved rule sets: a file that {@code extends} another starts from
 * that rule set's rules, adds its own and replaces those it overrides. Overriding must be said
 * out loud ({@code "overrides": true}) so that a misspelt id cannot quietly add a second rule
 * beside the one it meant to replace, and a reused id cannot quietly replace a base rule.
 */
final class RuleSetResolver {

    private final Map<String, CheckedFile> files = new LinkedHashMap<>();
    private final Map<String, RuleSet> resolved = new LinkedHashMap<>();
    /** Rule sets already reported as broken, so a broken base is reported once, not once per child. */
    private final Set<String> failed = new HashSet<>();
    private final List<String> problems;

    RuleSetResolver(List<CheckedFile> checked, List<String> problems) {
        this.problems = problems;
        for (CheckedFile file : checked) {
            CheckedFile clash = files.putIfAbsent(file.header().authority(), file);
            if (clash != null) {
                problems.add(file.fileName() + ": authority '" + file.header().authority()
                        + "' is already defined by " + clash.fileName());
            }
        }
    }

    Map<String, RuleSet> resolveAll() {
        for (String authority : files.keySet()) {
            resolve(authority, new LinkedHashSet<>());
        }
        return resolved;
    }

    private Optional<RuleSet> resolve(String authority, Set<String> path) {
        if (resolved.containsKey(authority) || failed.contains(authority)) {
            return Optional.ofNullable(resolved.get(authority));
        }
        CheckedFile file = files.get(authority);
        if (!path.add(authority)) {
            problems.add(file.fileName() + ": \"extends\" goes round in a circle: " + String.join(" -> ", path)
                    + " -> " + authority);
            failed.addAll(path);
            return Optional.empty();
        }
        Optional<RuleSet> ruleSet = build(authority, file, path);
        path.remove(authority);
        if (ruleSet.isEmpty()) {
            failed.add(authority);
        }
        return ruleSet;
    }

    private Optional<RuleSet> build(String authority, CheckedFile file, Set<String> path) {
        Map<String, TimescaleRule> rules = new LinkedHashMap<>();
        Map<String, VisitFrequency> frequencies = new LinkedHashMap<>();
        Map<String, ApprovalType> approvalTypes = new LinkedHashMap<>();
        String parentId = file.header().extendsAuthority();
        if (parentId != null) {
            if (!files.containsKey(parentId)) {
                problems.add(file.fileName() + ": \"extends\" names '" + parentId + "', which is not a known rule set "
                        + files.keySet());
                return Optional.empty();
            }
            Optional<RuleSet> parent = resolve(parentId, path);
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            rules.putAll(parent.get().rulesById());
            frequencies.putAll(parent.get().visitFrequenciesById());
            approvalTypes.putAll(parent.get().approvalTypesById());
        }
        int before = problems.size();
        for (CheckedRule checked : file.rules()) {
            String id = checked.rule().id();
            boolean inherited = rules.containsKey(id);
            checkOverride(file.fileName() + ", rule '" + id + "'", "rule", inherited, checked.overrides(), parentId);
            rules.put(id, checked.rule());
        }
        for (VisitFrequencyReader.CheckedFrequency checked : file.frequencies()) {
            String id = checked.frequency().id();
            checkOverride(file.fileName() + ", visit frequency '" + id + "'", "visit frequency",
                    frequencies.containsKey(id),
                    checked.overrides(), parentId);
            // An override keeps the base's place; a frequency of the authority's own goes after the base's.
            frequencies.put(id, checked.frequency());
        }
        for (ApprovalTypeReader.CheckedApprovalType checked : file.approvalTypes()) {
            ApprovalType type = checked.type();
            String label = file.fileName() + ", approval type '" + type.id() + "'";
            checkOverride(label, "approval type", approvalTypes.containsKey(type.id()), checked.overrides(), parentId);
            // Rules are added or replaced, never removed, so a base's kind keeps the rule it names in every authority.
            type.timescaleRule().filter(ruleId -> !rules.containsKey(ruleId)).ifPresent(ruleId -> problems.add(label
                    + ": \"timescaleRule\" names '" + ruleId + "', which is not a rule of '" + authority + "'"));
            approvalTypes.put(type.id(), type);
        }
        checkFollows(file, rules);
        if (problems.size() != before) {
            return Optional.empty();
        }
        RuleSet ruleSet = new RuleSet(authority, file.header().title(), file.header().document(),
                Optional.ofNullable(parentId), rules, frequencies, approvalTypes);
        resolved.put(authority, ruleSet);
        return Optional.of(ruleSet);
    }

    private void checkOverride(String label, String noun, boolean inherited, boolean overrides, String parentId) {
        if (inherited && !overrides) {
            problems.add(label + ": '" + parentId + "' already has this id; mark it \"overrides\": true"
                    + " if it is meant to replace that " + noun + ", or choose another id");
        } else if (!inherited && overrides) {
            problems.add(label + ": marked \"overrides\" but "
                    + (parentId == null ? "the rule set extends nothing" : "'" + parentId + "' has no " + noun + " with this id"));
        }
    }

    private void checkFollows(CheckedFile file, Map<String, TimescaleRule> rules) {
        for (CheckedRule checked : file.rules()) {
            TimescaleRule rule = checked.rule();
            String label = file.fileName() + ", rule '" + rule.id() + "'";
            Set<String> chain = new HashSet<>(List.of(rule.id()));
            Optional<String> next = rule.follows();
            while (next.isPresent()) {
                String id = next.get();
                if (!rules.containsKey(id)) {
                    problems.add(label + ": \"follows\" names '" + id + "', which is not a rule of '"
                            + file.header().authority() + "'");
                    break;
                }
                if (!chain.add(id)) {
                    problems.add(label + ": \"follows\" goes round in a circle through '" + id + "'");
                    break;
                }
                next = rules.get(id).follows();
            }
        }
    }

}
